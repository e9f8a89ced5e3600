import { featureIds } from '../../../robot/understanding/model/features';
import { fnv1a32 } from '../../../robot/understanding/hash';

/** FNV-1a written the textbook way over Node's own UTF-8 bytes, to check the hand-rolled encoder. */
function referenceFnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

describe('fnv1a32', () => {
  it('gives the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it.each(['å', 'äö', 'smörgåsbord', 'naïve café', 'x😀y', '中文'])('hashes the UTF-8 bytes of "%s"', (text) => {
    expect(fnv1a32(text)).toBe(referenceFnv1a(text));
  });
});

describe('featureIds', () => {
  it('gives the same ids for a known text forever (a trained model depends on them)', () => {
    expect(featureIds('vad är klockan', 32768)).toEqual([
      29667, 21373, 22863, 20393, 20571, 19683, 3839, 29811, 7411, 17003, 5707, 27599, 17645, 18513, 23979, 22224,
      23166, 4459, 10093, 4354, 323, 7052, 31689, 20239, 21182, 27065, 8564, 31037, 8198, 2602, 23920, 8069,
    ]);
  });

  it('has a word, a bigram and character 3–5-grams with boundary markers', () => {
    const id = (feature: string): number => fnv1a32(feature) % 32768;
    const ids = featureIds('hej då', 32768);
    for (const f of ['w:hej', 'w:då', 'b:hej då', 'c:<he', 'c:<hej', 'c:<hej>', 'c:då>', 'c:<då>']) expect(ids).toContain(id(f));
    expect(ids).not.toContain(id('c:<h'));
    expect(ids).toHaveLength(12); // hej: 1 word + 6 grams; då: 1 word + 1 bigram + 3 grams
  });

  it('tells different texts apart, word order included', () => {
    expect(featureIds('vad är klockan', 32768)).not.toEqual(featureIds('vad är vädret', 32768));
    expect(new Set(featureIds('hej då', 32768))).not.toEqual(new Set(featureIds('då hej', 32768)));
  });

  it('counts a repeated word once', () => {
    const once = featureIds('hej', 32768);
    const thrice = featureIds('hej hej hej', 32768);
    expect(new Set(thrice).size).toBe(thrice.length);
    expect(thrice.slice(0, once.length)).toEqual(once);
    expect(thrice).toHaveLength(once.length + 1); // plus the bigram "hej hej"
  });

  it.each([1, 7, 1000, 1 << 15])('keeps every id inside %i buckets', (buckets) => {
    for (const id of featureIds('jag vill veta vad det blir för mat idag', buckets)) {
      expect(Number.isInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(0);
      expect(id).toBeLessThan(buckets);
    }
  });

  it('gives empty text one fixed id so the model still runs', () => {
    expect(featureIds('', 32768)).toEqual([fnv1a32('e:') % 32768]);
    expect(featureIds('', 1000)).toEqual([14]);
  });
});
