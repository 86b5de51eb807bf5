// SGR escape sequences the terminal writer uses; named so call sites read.
const ESC = '\u001b[';

export const ANSI_RESET = `${ESC}0m`;
export const ANSI_BOLD = `${ESC}1m`;
export const ANSI_RED = `${ESC}31m`;
export const ANSI_GREEN = `${ESC}32m`;
export const CRLF = '\r\n';
