import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/sha256-module.ts
var SHA256_MODULE = "AGFzbQEAAAABCgJgAX8Bf2ABfwADAwIAAQUDAQABBxMCBm1lbW9yeQIABmRpZ2VzdAABCsQEAhkAIABBCHdB/4H8B3EgAEEIeEGA/oN4cXILpwQBFn9B58yn0AYhAUGF3Z7beyECQfLmu+MDIQNBuuq/qnohBEH/pLmIBSEFQYzRldh5IQZBq7OP/AEhB0GZmoPfBSEIQYAIIRFBgAggAEEGdGohFgJAA0AgESAWTw0BQQAhEgNAIBIgESASaigCABAANgKAAiASQQRqIRIgEkHAAEkNAAsDQCASKALEASETIBNBB3ggE0ESeHMgE0EDdnMhFCASKAL4ASETIBNBEXggE0ETeHMgE0EKdnMhFSASIBUgEigC5AFqIBQgEigCwAFqajYCgAIgEkEEaiESIBJBgAJJDQALIAEhCSACIQogAyELIAQhDCAFIQ0gBiEOIAchDyAIIRBBACESA0AgECANQQZ4IA1BC3hzIA1BGXhzaiAPIA0gDiAPc3FzIBIoAgAgEigCgAJqamohFCAJQQJ4IAlBDXhzIAlBFnhzIAkgCnEgCyAJIApycXJqIRUgDyEQIA4hDyANIQ4gDCAUaiENIAshDCAKIQsgCSEKIBQgFWohCSASQQRqIRIgEkGAAkkNAAsgASAJaiEBIAIgCmohAiADIAtqIQMgBCAMaiEEIAUgDWohBSAGIA5qIQYgByAPaiEHIAggEGohCCARQcAAaiERDAALC0EAIAEQADYCgARBACACEAA2AoQEQQAgAxAANgKIBEEAIAQQADYCjARBACAFEAA2ApAEQQAgBhAANgKUBEEAIAcQADYCmARBACAIEAA2ApwECwuHAgEAQQALgAKYL4pCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt08ZvBwWmb5IZHvu/GncEPzKEMJG8s6S2qhHRK3KmwXNqI+XZSUT6YbcYxqMgnA7DHf1m/8wvgxkeRp9VRY8oGZykpFIUKtyc4IRsu/G0sTRMNOFNUcwpluwpqdi7JwoGFLHKSoei/oktmGqhwi0vCo1FsxxnoktEkBpnWhTUO9HCgahAWwaQZCGw3Hkx3SCe1vLA0swwcOUqq2E5Pypxb828uaO6Cj3RvY6V4FHjIhAgCx4z6/76Q62xQpPej+b7yeHHG";

// src/core/sha256.ts
var MESSAGE = 1024;
var DIGEST = 512;
var PAGE = 65536;
var HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
var { WebAssembly: wasm } = globalThis;
var hasher;
var encoder = new TextEncoder();
function load() {
  const { exports } = new wasm.Instance(new wasm.Module(Buffer.from(SHA256_MODULE, "base64")));
  const memory = exports.memory;
  return { memory, digest: exports.digest, message: new Uint8Array(memory.buffer, MESSAGE) };
}
function sha256Hex(text) {
  hasher ??= load();
  const needed = MESSAGE + text.length * 3 + 72;
  if (needed > hasher.memory.buffer.byteLength) {
    hasher.memory.grow(Math.ceil((needed - hasher.memory.buffer.byteLength) / PAGE));
    hasher.message = new Uint8Array(hasher.memory.buffer, MESSAGE);
  }
  const { message } = hasher;
  const length = encoder.encodeInto(text, message).written;
  const blocks = length + 72 >>> 6;
  const end = blocks * 64;
  message[length] = 128;
  for (let at = length + 1; at < end - 4; at++) message[at] = 0;
  const bits = length * 8;
  message[end - 4] = bits >>> 24;
  message[end - 3] = bits >>> 16 & 255;
  message[end - 2] = bits >>> 8 & 255;
  message[end - 1] = bits & 255;
  hasher.digest(blocks);
  const digest = new Uint8Array(hasher.memory.buffer, DIGEST, 32);
  let hex = "";
  for (const byte of digest) hex += HEX[byte];
  return hex;
}

export {
  sha256Hex
};
