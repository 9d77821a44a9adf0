// JSON.stringify(value, null, 2) written as chunks: the outer objects and arrays entry by entry, deeper
// values whole. A large report is then never one string (V8 refuses strings over about 512 MiB) and is
// written as it is made.

/** Values deeper than this are written with one JSON.stringify each (a finding, a SARIF result). */
const STREAMED_DEPTH = 4;

export function* jsonTextChunks(value: unknown, indent = '', depth = 0): Generator<string> {
  if (value === null || typeof value !== 'object' || depth >= STREAMED_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    yield text === undefined ? 'null' : indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      yield* jsonTextChunks(value[i], inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  // As JSON.stringify does: members whose value is undefined, a function or a symbol are left out.
  const keys = Object.keys(record).filter((k) => {
    const v = record[k];
    return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
  });
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    yield `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonTextChunks(record[key], inner, depth + 1);
  }
  yield `\n${indent}}`;
}
