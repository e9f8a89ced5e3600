import { drawBody } from '../../app/commands/body-sim';

describe('laiban body-sim draws the body on one terminal line', () => {
  it('shows the face, the ring in its colour with its animation, the brightness and the mouth', () => {
    const line = drawBody({ face: 'happy', ring: { colour: 'ffb000', animation: 'pulse' }, brightness: 60, mouth: 40, head: 'nod' });
    expect(line).toContain('(^‿^)');
    expect(line).toContain('\x1b[38;2;255;176;0m●●●●\x1b[0m');
    expect(line).toMatch(/pulse\s+ljus 60% mun  40% huvud: nod/);
    expect(drawBody({ face: 'sleeping', ring: { colour: '000000', animation: 'off' }, brightness: 0, mouth: 0, head: 'still' })).toMatch(/^\(-_-\) ○○○○ off/);
  });
});
