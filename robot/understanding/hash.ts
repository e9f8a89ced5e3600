/** 32-bit FNV-1a over the UTF-8 bytes of `text`: seedless and fixed, so a text hashes alike on every machine. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}
