/** MET Norway's weather symbol codes ("lightrainshowers_day") in the bridge's words. */
import type { PrecipitationType, Sky } from '../../types';

const DRY = { clearsky: 'clear', fair: 'clear', partlycloudy: 'partly-cloudy', cloudy: 'cloudy', fog: 'fog' } as const;
const FALLING = ['rain', 'sleet', 'snow'] as const;
const INTENSITIES = ['light', '', 'heavy'] as const;
const KINDS = ['', 'andthunder', 'showers', 'showersandthunder'] as const;

type Falling = (typeof FALLING)[number];
type Kind = (typeof KINDS)[number];

/** MET Norway sends these two misspelt, and says it will keep doing so. */
const OFFICIAL_MISSPELLINGS: Record<string, string> = {
  lightssleetshowersandthunder: 'lightsleetshowersandthunder',
  lightssnowshowersandthunder: 'lightsnowshowersandthunder',
};

const WITH_PRECIPITATION = new Map<string, { falling: Falling; kind: Kind }>(
  FALLING.flatMap((falling) =>
    INTENSITIES.flatMap((intensity) => KINDS.map((kind) => [`${intensity}${falling}${kind}`, { falling, kind }] as const)),
  ),
);

export interface MetnoSymbol {
  /** The code without its _day/_night/_polartwilight variant and with the misspellings corrected. */
  code: string;
  sky: Sky;
  precipitationType: PrecipitationType;
}

/** null for a code outside MET Norway's published list (a new code must not break the whole forecast). */
export function readMetnoSymbol(symbolCode: string): MetnoSymbol | null {
  const bare = symbolCode.replace(/_(day|night|polartwilight)$/, '');
  const code = OFFICIAL_MISSPELLINGS[bare] ?? bare;
  if (Object.hasOwn(DRY, code)) return { code, sky: DRY[code as keyof typeof DRY], precipitationType: 'none' };
  const wet = WITH_PRECIPITATION.get(code);
  if (!wet) return null;
  return { code, sky: skyOf(wet.falling, wet.kind), precipitationType: wet.falling };
}

function skyOf(falling: Falling, kind: Kind): Sky {
  if (kind.endsWith('andthunder')) return 'thunder';
  if (falling === 'rain') return kind === 'showers' ? 'showers' : 'rain';
  return falling;
}
