import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/source/memory-document-cache.ts
function memoryDocumentCache() {
  const entries = /* @__PURE__ */ new WeakMap();
  return { get: (file) => entries.get(file), put: (file, _limits, entry) => void entries.set(file, entry) };
}

export {
  memoryDocumentCache
};
