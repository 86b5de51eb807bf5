import { z } from 'zod';

// Zod probes for eval when schemas are defined; the app's CSP forbids
// eval, so switch the probe off before any schema module runs. Import this
// module first.
z.config({ jitless: true });
