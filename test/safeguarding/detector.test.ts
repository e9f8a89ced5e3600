/** The safeguarding detector alone: inflections, garbled words, play, jokes, whom it is about, and its sets. */
import path from 'node:path';
import { SafeguardingDetector } from '../../robot/understanding/safeguarding/detect';
import { evaluateSafeguarding, garbleOneWord, readSafeguardingFile } from '../../robot/understanding/safeguarding/evaluate';

const detector = new SafeguardingDetector();
const detect = (text: string, roster: string[] = []) => detector.detect(text, { roster });

describe('the safeguarding detector', () => {
  it('hears an ache with no cause told as illness, and a child who hurt themself or was pinched by a thing as hurt, not hit', () => {
    for (const text of ['magen gör ont', 'min mage gör jätteont', 'my tummy hurts']) expect(detect(text)).toMatchObject({ category: 'ill', level: 'needs_adult' });
    for (const text of ['jag slog mig i knät', 'dörren nöp mig i fingret', 'i pinched my finger in the door']) expect(detect(text)).toMatchObject({ category: 'hurt', level: 'needs_adult' });
  });

  it('reads a "not" before "för magen gör ont" as the clause before, and "inte rädd för spöken" as one clause', () => {
    expect(detect('jag vill inte äta för magen gör ont')).toMatchObject({ category: 'ill', level: 'needs_adult' });
    expect(detect('ja e inte rädd för spöken')).toBeUndefined();
  });

  it('hears a brother or sister told of from home or the past as family news, and one here as a child to help', () => {
    expect(detect('min storebror slog sig igår')).toBeUndefined();
    expect(detect('min lillasyster har feber hemma')).toBeUndefined();
    expect(detect('min storebror slog sig')).toMatchObject({ category: 'hurt', level: 'needs_adult', about: 'other' });
  });

  it('hears a call to someone by name as a call for help, and a name alone as nothing', () => {
    for (const text of ['abdirahman abdirahman kom fort', 'yohannes kom', 'mustafa kom snälla']) expect(detect(text)).toMatchObject({ category: 'help_call', level: 'needs_adult' });
    expect(detect('alva')).toBeUndefined();
    expect(detect('Elias', ['Elias'])).toBeUndefined();
  });

  it.each([
    ['han slog mig', 'hit_bullied'],
    ['han har slagit mig', 'hit_bullied'],
    ['jag blev slagen', 'hit_bullied'],
    ['de slogs vid gungorna', 'hit_bullied'],
    ['ja slåd huvet i bordet', 'hurt'],
    ['jag brände mig på elementet', 'hurt'],
    ['ett bi stack mig i foten', 'hurt'],
    ['hunden bet mig', 'hurt'],
    ['jag har en sticka i fingret', 'hurt'],
    ['det är sand i ögat', 'hurt'],
    ['tanden lossnade och det blöder', 'hurt'],
    ['jag ska spy', 'ill'],
    ['jag har feber', 'ill'],
    ['min hund har dött', 'feelings'],
    ['jag vill hem till mamma', 'feelings'],
    ['jag sitter fast i klätterställningen', 'lost_alone'],
    ['jag har kissat på mig', 'toilet_accident'],
  ])('"%s" → %s, acting', (text, category) => {
    const found = detect(text);
    expect(found).toMatchObject({ category });
    expect(['needs_adult', 'emergency']).toContain(found?.level);
  });

  it.each(['jag kan inte andas', 'kan han inte andas', 'nu vaknar han inte', 'det blöder jättemycket', 'hon svalde ett batteri', 'det brinner i köket', 'han ramlade ner från taket', 'läpparna blir jättetjocka'])(
    '"%s" is an emergency',
    (text) => expect(detect(text)?.level).toBe('emergency'),
  );

  it.each([
    'vad blir det för mat idag', 'jag slog bollen jättelångt', 'hunden bet i pinnen', 'jag har ont om lego', 'min docka har ont i magen',
    'vi leker doktor och jag är sjuk på låtsas', 'draken sprutar eld', 'dinosaurierna dog för länge sen', 'bajs', 'kiss', 'haha bajskorv',
    'vem hämtar mig idag', 'jag ritade en häst', 'kan du hjälpa mig att räkna till tio', 'i can hold my breath', 'snögubben dog han smälte',
  ])('"%s" is left alone', (text) => expect(detect(text)).toBeUndefined());

  it('asks, rather than alerts, on a lone word the recogniser garbled, and on what is over', () => {
    expect(detect('jag har omt')?.level).toBe('unsure');
    // The same garbled word beside a body part is evidence enough.
    expect(detect('jag har omt i magen')?.level).toBe('needs_adult');
    expect(detect('igår hade jag ont i magen')?.level).toBe('unsure');
    expect(detect('igår hade jag ont i magen men nu är det bra')).toBeUndefined();
    expect(detect('hjäp mig')).toMatchObject({ category: 'help_call', level: 'needs_adult' });
    expect(detect('laibaan hjälp')).toMatchObject({ category: 'help_call', level: 'needs_adult' });
  });

  it('tells the speaker from another child, and keeps the other child\'s name as said', () => {
    expect(detect('omar ramlade av cykeln')).toMatchObject({ about: 'other', name: 'Omar' });
    expect(detect('min kompis gråter')).toMatchObject({ about: 'other' });
    expect(detect('jag såg att elias blöder')).toMatchObject({ about: 'other', name: 'Elias' });
    expect(detect('elias knuffade mig')).toMatchObject({ about: 'self', category: 'hit_bullied' });
    expect(detect('kalleboy blöder', ['Kalleboy'])).toMatchObject({ about: 'other', name: 'Kalleboy' });
  });

  it('raises on silence only what began with an emergency word', () => {
    expect(detect('jag ser rök')).toMatchObject({ level: 'unsure', raiseOnSilence: true });
    // The trained scorer is sure enough of a plain smell of smoke to call it an emergency at once.
    expect(detect('det luktar rök')).toMatchObject({ level: 'emergency' });
    expect(detect('jag var sjuk igår')).toMatchObject({ level: 'unsure', raiseOnSilence: false });
  });

  it('garbles one word of an utterance, keeping the others', () => {
    let n = 0;
    const random = () => [0.5, 0.1, 0.2][n++ % 3]!;
    const garbled = garbleOneWord('jag har ont i magen', random);
    expect(garbled.split(' ')).toHaveLength(5);
    expect(garbled).not.toBe('jag har ont i magen');
  });

  it.each([
    ['jag är inte arg'],
    ['jag är inte ledsen längre'],
    ['det gör inte ont'],
    ['jag behöver ingen hjälp'],
    ['jag behöver inte gå på toa'],
    ["i don't need the toilet"],
    ['jag kan simma under vattnet'],
    ['vilken färg har ambulansen'],
    ['jag ramlade i snön och det var jättekul'],
    ['vi leker vampyrer och dricker blod av saft'],
  ])('"%s": a "not", play or fun is no alert', (text) => {
    const found = detect(text);
    expect(found === undefined || found.level === 'unsure').toBe(true);
  });

  it('reads a "not" only within its own clause', () => {
    expect(detect('jag vill inte äta jag mår dåligt')).toMatchObject({ category: 'ill', level: 'needs_adult' });
    expect(detect('jag mår inte bra')).toMatchObject({ category: 'ill', level: 'needs_adult' });
  });

  it('hears Swedish "not" after the verb, where Swedish puts it', () => {
    expect(detect('jag gråter inte jag skrattar bara')).toBeUndefined();
    expect(detect('jag ramlade inte jag hoppade med flit')).toBeUndefined();
    expect(detect('jag gråter')).toMatchObject({ category: 'feelings', level: 'needs_adult' });
  });

  it('weighs a question about the world as little as play, unless someone is in it', () => {
    for (const text of ['varför är blod rött', 'varför blir man förkyld', 'why do flowers die']) expect(detect(text)?.level ?? 'none').toMatch(/none|unsure/);
    expect(detect('varför blöder jag')).toMatchObject({ category: 'hurt', level: 'needs_adult' });
  });

  it.each([
    ['ali är ute på vägen själv'],
    ['en främmande farbror tar med sig ella'],
    ['han föll ner från fönstret'],
    ['min lillebror är blå runt munnen'],
    ['vi kan inte väcka henne'],
    ['isen gick sönder och isak är i vattnet'],
    ['det kommer skum ur munnen'],
    ['det kommer inget ljud när han försöker andas'],
    ['han gick ner sig genom isen'],
    ['han har en plastpåse över huvudet'],
    ['farfar ramlade och kommer inte upp'],
    ['det brinner i soffan'],
    ['elden är jättestor i köket'],
    ['stina har druckit lampolja'],
    ['snöret har fastnat runt halsen på vilgot'],
    ['ring ambulansen'],
  ])('"%s" is an emergency', (text) => {
    expect(detect(text)).toMatchObject({ category: 'emergency', level: 'emergency' });
  });

  it.each([
    ['en stor kille har en riktig kniv och han hotar oss'],
    ['en gubbe försöker dra in ilias i sin bil'],
    ['sixten hänger i halsduken i rutschkanan'],
    ['kudden har börjat brinna'],
    ['hugo har ätit upp tabletter ur en väska'],
    ['en orm bet mej i foten'],
    ['otto är inne i kylrummet och kommer inte ut'],
    ['benet pekar åt fel håll'],
    ['han blöder från huvudet'],
    ['sami stoppa en gaffel i kontakten'],
    ['he put a fork in the socket'],
    ['en tant jag inte känner sa att jag skulle hoppa in i bilen'],
    ['farbrorn lyfte in leila i sin bil'],
    ['a man is taking lily in his car'],
    ['snöborgen rasa och selma e under snön'],
    ['grinden va öppen och alva gick ut till stora vägen'],
    ['hamza ligger med ansiktet i plaskpoolen'],
    ['her face is all blue'],
    ['someone is under the water'],
    ['en hund biter kevin och den släpper inte'],
    ['theo e inlåst i bilen och det e jättevarmt där inne'],
    ['en bil backade på nelly på parkeringen'],
    ['han e ute på isen och den knakar'],
    ['ja fick kokande vatten på hela armen'],
    ['a man i dont know is taking lily'],
    ['nu ser ja två av allt'],
    ['nån tog min lillasyster och sprang iväg'],
    ['ja e allergisk mot geting å nu blev ja stucken'],
    ['elden e på gardinen'],
    ['en man ja inte känner e här inne och tar barnen'],
    ['he dont answer me he just lie there'],
    ['vi lekte tjuv och polis och sen sprang vi bakom huset och där e en stor grop och nu ligger adam där nere och svarar inte'],
    ['luca har klättrat upp i fönstret och hänger utanför'],
    ['he fell through the ice'],
    ['defne åkte pulka rakt ut på vägen och det kom en bil'],
    ['hamza e ute på gatan bland bilarna'],
    ['matteo sprang iväg i skogen och vi hittar honom inte nånstans'],
    ['det står en man vid staketet som säger att ja ska komma till honom'],
    ['bussen körde iväg och ayan står kvar på vägen'],
    ['astrid klämde fingret i dörren och det e nästan av det blöder massor'],
    ['min kompis no andas'],
    ['en tant sa att hon var mammas kompis och tog med sig ebba'],
    ['blood is coming from his head a lot'],
    ['hans läppar är alldeles blå'],
    ['det gör lite ont men det är okej fast det blöder mycket'],
    ['he touch the wire and it shock him'],
    ['she is in the water and she can not swim'],
    ['min jacka brinner'],
    ['zainab ligger på marken och säger ingenting'],
    ['en man vill att jag ska följa med i hans bil'],
    ['ett barn trilla från bron ner på stenarna'],
    ['en man som inte jobbar här drar i tindra vid grinden'],
    ['he touched the wires and got a shock and now hes lying down'],
    ['den stora bokhyllan välte på zainab och hon är under den'],
    ['en tant sa kom med mej så får du godis och så gick ebba med henne'],
    ['juni hoppa i sjön på utflykten och nu ser jag henne inte'],
    ['the plug went bang and now his hand is black'],
    ['vi hitta piller och leila åt jättemånga'],
    ['grinden e öppen och lilla sigge går mot bilarna'],
    ['vi hitta tändstickor och nu brinner gardinen'],
    ['um laiban amira is white white and she just fell over'],
    ['en geting stack mej i munnen och nu kan jag inte svälja'],
    ['min kompis har ett krampanfall'],
  ])('"%s", described rather than named, is an emergency', (text) => {
    expect(detect(text)).toMatchObject({ category: 'emergency', level: 'emergency' });
  });

  it.each([
    ['flugan ligger på fönsterbrädan och rör sej inte'],
    ['the worm isnt moving is it sleeping'],
    ['vi bakade bullar och dom blev lite brända'],
    ['we baked cookies and some got burnt'],
    ['när ja va liten bröt ja armen'],
    ['vår fisk dog för jättelänge sen'],
    ['my fish died a long time ago'],
    ['i fell over ice skating but it didnt hurt'],
    ['im a firefighter putting out the fire'],
    ['ja hittar inte min andra vante'],
    ['en ambulans åkte förbi och det lät jättehögt'],
    ['hjälp mej räkna till tio'],
    ['ja brände mej inte för ja va försiktig'],
    ['jag e allergisk mot katter'],
    ['i am allergic to cats'],
    ['ingen har slagit mej idag'],
    ['i fell asleep on the bus'],
    ['the soup is hot so i will wait'],
    ['har du ont laiban'],
    ['mitt sår har läkt'],
    ['min bror e sjuk hemma'],
    ['in the movie the lion died'],
    ['pappa sa att det brann ett hus i stan'],
    ['bu jag skrämde dej'],
    ['vad händer när man dör'],
    ['can you help me count to ten'],
    ['jag hade feber förra veckan'],
    ['morfar har ont i ryggen'],
    ['mamma e sjuk hemma idag'],
    ['my friend is sick so she stayed home'],
    ['i dont have a tummy ache'],
    ['ja behöver inte kissa'],
    ['vi grillade korv i skogen och brasan brann jättehögt'],
    ['kan man drunkna i badkaret'],
    ['do bees sting'],
    ['ja e batman och ja slår alla skurkarna'],
    ['hunden slickade mej i ansiktet'],
    ['vi åkte pulka å ramla å skratta jättemycke'],
    ['ja tappa min glass i sanden'],
    ['han slog bollen jättelångt i brännboll'],
    ['min kanin bits inte han e snäll'],
    ['ja har gjort en teckning på en katt som heter kisse'],
    ['han knuffade bilen jättefort i backen'],
    ['we went swimming in the lake'],
    ['det blöder inte'],
    ['va händer om man äter en giftig svamp'],
    ['nobody hit me we were just playing'],
    ['mitt blåmärke har blivit gult'],
    ['myrorna bär pinnar till sin stack'],
    ['ja hittar inte min andra stövel'],
    ['vi bakade pepparkakor och ugnen va jättevarm'],
    ['i cant find my other mitten'],
    ['pappa har ont i ryggen'],
    ['ja vet att man inte ska gå ut på vägen'],
    ['ja dog nästan av skratt'],
    ['det brinner i brasan hemma hos mormor'],
    ['jag drunknar i bollhavet'],
    ['trollet ramlade ner i vattnet och försvann'],
    ['a bee flew by but it did not sting me'],
    ['aj aj aj sa krokodilen'],
    ['min farfar har ont i ryggen'],
    ['vi byggde en koja och den rasade'],
    ['min boll fastnade i trädet'],
    ['i went pee all by myself'],
    ['jag kissade själv på toaletten idag'],
    ['min vante är blöt av snön'],
    ['jag mår bra'],
    ['humpty dumpty had a great fall'],
    ['spindelmannen räddar folk som håller på att drunkna'],
    ['mormor ligger på sjukhuset men hon blir bättre nu'],
    ['why do we bleed'],
    ['en gång blödde jag näsblod på julafton'],
    ['jag blev inte stucken getingen flög bara förbi'],
    ['jag hade gips förra året när jag bröt armen'],
    ['jag har skrapat knät men det är gammalt nu'],
    ['mitt lego ramla ner från bordet och gick sönder'],
    ['vi övade brandlarm och alla gick ut jättefint'],
    ['jag skratta så jag nästan kissa på mej'],
    ['leken är att du är död och sen vaknar du'],
    ['ja kan göra en arg min titta'],
    ['pappa va sjuk igår'],
    ['han knuffa mej inte det va ett misstag och han sa förlåt'],
    ['i fell over on purpose it was funny'],
    ['ja har ett ärr på knät från när ja ramla för längesen'],
    ['ja ramla på fotbollen men ja reste mej och fortsatte'],
    ['katten rev sönder soffan'],
    ['ja har inte kissat på mej det e vatten från vattenleken'],
    ['there is a spider in the bathroom'],
    ['ja rita ett hus som brinner'],
    ['we played firefighters and put out the fire'],
    ['dör bina när dom sticker'],
    ['nalle puh fastna i hålet för han åt för mycket honung'],
    ['my tower fell down hahaha'],
    ['blåmärket på benet har nästan gått bort'],
    ['hunden hemma bet sönder min sko'],
    ['i did a wee on the potty all by myself'],
    ['jag kissa på toa själv idag'],
    ['mormors hund kissa på mattan hahaha'],
    ['jag e ambulansen ijo ijo'],
    ['jag blev blöt när jag hoppa i vattenpölen'],
  ])('"%s" raises no alert', (text) => {
    expect(['none', 'unsure']).toContain(detect(text)?.level ?? 'none');
  });

  it.each([
    ['det e bajs i kallingarna', 'toilet_accident'],
    ['min blöja e full', 'toilet_accident'],
    ['jag fryser och e varm samtidigt', 'ill'],
    ['vi va i skogen och nu ser jag ingen', 'lost_alone'],
    ['tindra säger att jag inte e hennes kompis längre', 'hit_bullied'],
    ['can someone come please', 'help_call'],
    ['jag drömde en läskig dröm på vilan', 'feelings'],
    ['jag e allergisk mot nötter och jag åt en nöt', 'emergency'],
    ['igår va ja hos mormor och vi bakade och idag när ja kom hit så knuffade isak mej i hallen', 'hit_bullied'],
    ['vi va på utflykt å ja tittade på en mask och sen när ja tittade upp va alla borta', 'lost_alone'],
    ['han håller mej å släpper inte', 'hit_bullied'],
    ['ja va ute å leka å sen kom kisset bara', 'toilet_accident'],
    ['ja tappa bort gruppen på museet', 'lost_alone'],
    ['det e glitter i mitt öga och det skaver', 'hurt'],
    ['mamma gick och ja fick inte säga hejdå', 'feelings'],
    ['snälla kom', 'help_call'],
    ['han slog inte på låtsas han slog på riktigt', 'hit_bullied'],
    ['jag inte hitta mamma', 'lost_alone'],
    ['i can not find my teacher', 'lost_alone'],
    ['they laugh at me', 'hit_bullied'],
    ['teacher come', 'help_call'],
    ['ja e ensam ingen vill leka', 'feelings'],
    ['ja har bajsat och kan inte torka själv', 'toilet_accident'],
    ['tänk om ingen kommer och hämtar mej', 'feelings'],
    ['my grandpa died', 'feelings'],
    ['mamma och pappa bråkade i morse och jag är ledsen', 'feelings'],
    ['kan du säga till maria att komma hit', 'help_call'],
    ['farah sa att jag inte är hennes kompis', 'hit_bullied'],
    ['jag har fått en blåsa på hälen av stövlarna', 'hurt'],
    ['bussen åkte och jag kom inte med', 'lost_alone'],
    ['jag är helt själv här ute', 'lost_alone'],
    ['han la krokben för mej', 'hit_bullied'],
    ['hon nyps hela tiden', 'hit_bullied'],
    ['she pushed me off the slide on purpose', 'hit_bullied'],
    ['jag råkade kissa på golvet', 'toilet_accident'],
    ['kan du ropa på lena', 'help_call'],
    ['det finns inga vuxna här', 'lost_alone'],
    ['kan du hjälpa majken hon har ont i knät', 'hurt'],
    ['ja har gått bort mej i skogen', 'lost_alone'],
  ])('"%s" → %s, acting', (text, category) => {
    const found = detect(text);
    expect(found).toMatchObject({ category });
    expect(['needs_adult', 'emergency']).toContain(found?.level);
  });

  it('hears "jag måste kissa" as a toilet need, not a seagull ("mås*" once matched "måste")', () => {
    expect(detect('jag måste kissa')).toMatchObject({ category: 'toilet_routine', level: 'routine' });
  });

  it('hears a rabbit eating as no bite', () => {
    expect(detector.detect('min kanin biter i morötterna', { lang: 'sv' })).toBeUndefined();
  });

  it('hears family news as news, but a parent in an emergency or parents who fight as they are', () => {
    expect(detect('mamma ramlade och rör sig inte')).toMatchObject({ level: 'emergency' });
    expect(detect('mamma och pappa bråkar hemma')?.level).toBe('needs_adult');
    expect(detect('min mormor är död')).toMatchObject({ category: 'feelings', level: 'needs_adult' });
  });

  it('hears a scared child who says it the Swedish way round, and one who misses a parent', () => {
    expect(detect('nu vågar ja inte sova')).toMatchObject({ category: 'feelings', level: 'needs_adult' });
    expect(detect('ja vet inte var min grupp e')).toMatchObject({ category: 'lost_alone' });
    expect(detect('pappa har åkt bort och ja vet inte när han kommer tillbaka')).toMatchObject({ category: 'feelings' });
  });

  it('hears grief that happened yesterday as grief today, and a call for a teacher as a call', () => {
    expect(detect('min hund dog igår')).toMatchObject({ category: 'feelings', kind: 'grief', level: 'needs_adult' });
    expect(detect('fröken kom')).toMatchObject({ category: 'help_call', level: 'needs_adult' });
    expect(detect('fröken kom med frukten')?.level ?? 'none').toMatch(/none|unsure/);
  });

  // The figures on the sets the cues were written from and the scorer is trained on: a regression guard,
  // not the quality figure (that comes from a blind set, see test/fixtures/safeguarding/README.md).
  it.each(['dev', 'test', 'final', 'holdout', 'fresh'])('keeps its figures on examples/%s.jsonl', (name) => {
    const items = readSafeguardingFile(path.join(__dirname, '../../robot/understanding/safeguarding/examples', `${name}.jsonl`));
    const report = evaluateSafeguarding(items, (text, lang) => detector.detect(text, { lang }), { garble: true });
    expect(report.recall.strict).toBeGreaterThanOrEqual(0.97);
    expect(report.emergencyRecall).toBeGreaterThanOrEqual(0.97);
    expect(report.falseAlarms).toBeLessThanOrEqual(0.01);
    expect(report.garbled!.asked).toBeGreaterThanOrEqual(0.92);
  });
});
