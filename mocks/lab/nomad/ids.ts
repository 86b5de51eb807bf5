/** A random UUID in Nomad's lower-case 8-4-4-4-12 form. */
export const newId = (): string => crypto.randomUUID();

export const shortId = (id: string) => id.slice(0, 8);
