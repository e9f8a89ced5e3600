/** The tiny Vosk model lives with the scripts, so bench:voice can make one too. */
export { makeTinyVoskModel } from '../../scripts/tiny-vosk-model';
