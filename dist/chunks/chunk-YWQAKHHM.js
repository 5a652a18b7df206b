import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/sha256-module.ts
var SHA256_MODULE = "AGFzbQEAAAABCgJgAX8Bf2ABfwADBAMAAAEFAwEAAQcTAgZtZW1vcnkCAAZkaWdlc3QAAgrUBwMZACAAQQh3Qf+B/AdxIABBCHhBgP6DeHFyCxAAIABBMEHXACAAQQpJG2oLpgcBF39B58yn0AYhAkGF3Z7beyEDQfLmu+MDIQRBuuq/qnohBUH/pLmIBSEGQYzRldh5IQdBq7OP/AEhCEGZmoPfBSEJIABByABqQQZ2IQFBgAggAUEGdGohFyAAQYABOgCACEGBCCAAaiESAkADQCASIBdBBGtPDQEgEkEAOgAAIBJBAWohEgwACwsgF0EEayAAQQN0EAA2AgBBgAghEiAAQcAAT0HABSgCAHEEQEEAIRMCQANAIBMoAoAIIBMoAuAERw0BIBNBBGohEyATQcAASQ0AC0EAKAKgBSECQQAoAqQFIQNBACgCqAUhBEEAKAKsBSEFQQAoArAFIQZBACgCtAUhB0EAKAK4BSEIQQAoArwFIQlBwAghEgsLAkADQCASIBdPDQFBACETA0AgEyASIBNqKAIAEAA2AoACIBNBBGohEyATQcAASQ0ACwNAIBMoAsQBIRQgFEEHeCAUQRJ4cyAUQQN2cyEVIBMoAvgBIRQgFEEReCAUQRN4cyAUQQp2cyEWIBMgFiATKALkAWogFSATKALAAWpqNgKAAiATQQRqIRMgE0GAAkkNAAsgAiEKIAMhCyAEIQwgBSENIAYhDiAHIQ8gCCEQIAkhEUEAIRMDQCARIA5BBnggDkELeHMgDkEZeHNqIBAgDiAPIBBzcXMgEygCACATKAKAAmpqaiEVIApBAnggCkENeHMgCkEWeHMgCiALcSAMIAogC3JxcmohFiAQIREgDyEQIA4hDyANIBVqIQ4gDCENIAshDCAKIQsgFSAWaiEKIBNBBGohEyATQYACSQ0ACyACIApqIQIgAyALaiEDIAQgDGohBCAFIA1qIQUgBiAOaiEGIAcgD2ohByAIIBBqIQggCSARaiEJIBJBgAhGIABBwABPcQRAQQAhEwNAIBMgEygCgAg2AuAEIBNBBGohEyATQcAASQ0AC0EAIAI2AqAFQQAgAzYCpAVBACAENgKoBUEAIAU2AqwFQQAgBjYCsAVBACAHNgK0BUEAIAg2ArgFQQAgCTYCvAVBwAVBATYCAAsgEkHAAGohEgwACwtBACACEAA2AoAEQQAgAxAANgKEBEEAIAQQADYCiARBACAFEAA2AowEQQAgBhAANgKQBEEAIAcQADYClARBACAIEAA2ApgEQQAgCRAANgKcBEEAIRMDQCATLQCABCEUIBNBAXQgFEEEdhABOgCgBCATQQF0IBRBD3EQAToAoQQgE0EBaiETIBNBIEkNAAsLC4cCAQBBAAuAApgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccY=";

// src/core/sha256.ts
var MESSAGE = 1024;
var HEX = 544;
var PAGE = 65536;
var { WebAssembly: wasm } = globalThis;
var hasher;
function load() {
  const { exports } = new wasm.Instance(new wasm.Module(Buffer.from(SHA256_MODULE, "base64")));
  const memory = exports.memory;
  return { memory, digest: exports.digest, bytes: Buffer.from(memory.buffer) };
}
function sha256Hex(text) {
  const current = hasher ??= load();
  const needed = MESSAGE + text.length * 3 + 72;
  if (needed > current.bytes.length) {
    current.memory.grow(Math.ceil((needed - current.bytes.length) / PAGE));
    current.bytes = Buffer.from(current.memory.buffer);
  }
  current.digest(current.bytes.write(text, MESSAGE, "utf8"));
  return current.bytes.toString("latin1", HEX, HEX + 64);
}

export {
  sha256Hex
};
