// `npm run serve`: the demo page on http://127.0.0.1:8080/ (after `npm run build`).
import { serve } from "./server.mjs";

const { url } = await serve({ port: Number(process.env.PORT ?? 8080) });
console.log(`lowback demo page: ${url}  (Ctrl-C to stop)`);
