import type { Lang } from '../../../skills/sdk/types';

/**
 * Words the templates fill in: the values a slot can take as children say them, and a few word lists
 * (food, animals, clothes…) shared by intent templates and out-of-scope sentences. A word listed twice
 * is picked twice as often.
 */
export type ValueLists = Record<string, Record<Lang, readonly string[]>>;

/** ~45 first names common among Swedish preschool children (Swedish and other origins), used when no roster is given. */
export const DEFAULT_ROSTER: readonly string[] = [
  'Alva', 'Elsa', 'Astrid', 'Maja', 'Alice', 'Vera', 'Selma', 'Olivia', 'Ella', 'Wilma', 'Saga', 'Ebba', 'Freja', 'Alma',
  'Stella', 'Nora', 'Signe', 'Lilly', 'Agnes', 'Juni', 'Hedda', 'Lova', 'Amina', 'Sara', 'Noah', 'Hugo', 'William', 'Liam',
  'Lucas', 'Oscar', 'Elias', 'Adam', 'Matteo', 'Ludvig', 'Leo', 'Olle', 'Nils', 'Theo', 'Alfred', 'Vincent', 'Charlie',
  'Isak', 'Sixten', 'Ali', 'Omar', 'Yusuf', 'Mohammed',
];

const WEEKDAYS_SV = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const VALUES: ValueLists = {
  /** A day a question is about; today and tomorrow are what children ask about most. */
  date: {
    sv: [
      'idag', 'idag', 'idag', 'i dag', 'imorgon', 'imorgon', 'i morgon', 'imorrn', 'i övermorgon', 'nu',
      ...WEEKDAYS_SV.slice(0, 5).map((d) => `på ${d}`), 'på fredag', 'på lördag', 'på söndag', 'på måndag', 'nästa vecka', 'i helgen',
    ],
    en: [
      'today', 'today', 'today', 'tomorrow', 'tomorrow', 'the day after tomorrow', 'now',
      ...WEEKDAYS_EN.slice(0, 5).map((d) => `on ${d}`), 'on friday', 'on saturday', 'on sunday', 'monday', 'friday', 'next week', 'this weekend', 'at the weekend',
    ],
  },
  /** Today, tomorrow and the day after: for questions that name a weekday as the answer ("är det lördag imorgon"). */
  nearDate: {
    sv: ['idag', 'idag', 'i dag', 'imorgon', 'imorgon', 'i morgon', 'imorrn', 'i övermorgon', 'nu'],
    en: ['today', 'today', 'tomorrow', 'tomorrow', 'the day after tomorrow', 'now'],
  },
  /** A day that has passed, for "vad åt vi igår". */
  pastDate: {
    sv: ['igår', 'i går', 'i förrgår', 'i fredags', 'i måndags', 'i helgen', 'förra veckan'],
    en: ['yesterday', 'last friday', 'on monday', 'at the weekend', 'last week'],
  },
  weekday: { sv: WEEKDAYS_SV, en: WEEKDAYS_EN },
  meal: {
    sv: ['lunch', 'lunch', 'lunchen', 'frukost', 'mellanmål', 'mellis', 'mellis', 'efterrätt', 'middag', 'fruktstunden'],
    en: ['lunch', 'lunch', 'breakfast', 'snack', 'dessert', 'dinner', 'afternoon snack', 'fruit time'],
  },
  timeOfDay: {
    sv: ['i eftermiddag', 'ikväll', 'i kväll', 'sen', 'sedan', 'i morse', 'i förmiddag', 'nu', 'efter lunch', 'efter vilan', 'på eftermiddagen'],
    en: ['this afternoon', 'later', 'tonight', 'this morning', 'now', 'after lunch', 'in the afternoon', 'after nap time'],
  },
  family: {
    sv: [
      'mamma', 'mamma', 'mamma', 'pappa', 'pappa', 'pappa', 'mormor', 'morfar', 'farmor', 'farfar', 'storebror', 'storasyster',
      'moster', 'faster', 'morbror', 'farbror', 'min mamma', 'min pappa', 'mammi', 'pappi', 'min mormor', 'min farfar',
      'mamma och pappa', 'bonuspappa', 'bonusmamma', 'mamsen', 'farsan', 'min storasyster',
    ],
    en: [
      'mum', 'mum', 'mummy', 'mom', 'dad', 'dad', 'daddy', 'grandma', 'grandpa', 'granny', 'nana', 'my big brother', 'my big sister', 'my aunt',
      'my uncle', 'my mum', 'my dad', 'mommy', 'papa', 'my grandma', 'mum and dad', 'my stepdad',
    ],
  },
  /** Dishes children hope for (also the hard negatives "jag gillar pannkakor"). */
  dish: {
    sv: [
      'pannkakor', 'pannkaka', 'fisk', 'fiskpinnar', 'korv', 'korv med mos', 'köttbullar', 'pasta', 'spagetti', 'makaroner', 'soppa',
      'tacos', 'pizza', 'gröt', 'glass', 'kyckling', 'potatis', 'ris', 'lasagne', 'fiskgratäng', 'blodpudding', 'köttfärssås',
      'falukorv', 'kycklinggryta', 'potatismos', 'smörgås', 'yoghurt', 'frukt', 'äpple', 'banan', 'kräm', 'ärtsoppa',
      'fiskbullar', 'lax', 'kalops', 'pytt i panna', 'grönsakssoppa', 'tomatsoppa', 'köttsoppa', 'fisksoppa', 'linsgryta', 'vegobullar',
      'korvstroganoff', 'biffar', 'järpar', 'omelett', 'kålpudding', 'ugnspannkaka', 'risgrynsgröt', 'havregrynsgröt', 'fil', 'knäckebröd',
      'fruktsallad', 'bullar', 'kokt potatis', 'stekt fisk', 'sallad', 'hamburgare', 'nudlar', 'pannbiff', 'kyckling med ris', 'pastasallad',
    ],
    en: [
      'pancakes', 'fish', 'fish fingers', 'sausages', 'meatballs', 'pasta', 'spaghetti', 'soup', 'tacos', 'pizza', 'porridge', 'ice cream',
      'chicken', 'potatoes', 'rice', 'lasagne', 'mashed potatoes', 'sandwiches', 'yoghurt', 'fruit', 'apples', 'bananas', 'fish cakes',
      'salmon', 'vegetable soup', 'tomato soup', 'stew', 'omelette', 'noodles', 'burgers', 'fruit salad', 'buns', 'hot dogs', 'salad', 'toast',
    ],
  },
  /** Clothes a child may need outside. */
  garment: {
    sv: [
      'mössa', 'mössan', 'vantar', 'vantarna', 'overall', 'overallen', 'regnkläder', 'regnkläderna', 'stövlar', 'stövlarna',
      'gummistövlar', 'halsduk', 'jacka', 'jackan', 'tjocktröja', 'solhatt', 'keps', 'regnbyxor', 'galonbyxor', 'galonisar',
      'vinterskor', 'vinterjacka', 'varma strumpor', 'skaloverall', 'fleece', 'tumvantar', 'buff', 'solkräm', 'regnjacka', 'långkalsonger',
      'fodrade stövlar', 'vinterstövlar', 'vinteroverall', 'mössa och vantar', 'tjocka vantar', 'fingervantar', 'tjock mössa', 'tunn mössa',
      'underställ', 'kofta', 'reflexväst', 'extra strumpor', 'regnställ', 'halsduken', 'kepsen', 'solhatten', 'gummistövlarna', 'tröja',
    ],
    en: [
      'a hat', 'my hat', 'gloves', 'mittens', 'my mittens', 'a coat', 'my coat', 'a jacket', 'wellies', 'my wellies', 'boots', 'rain clothes',
      'a raincoat', 'a scarf', 'a snowsuit', 'a sun hat', 'sun cream', 'a jumper', 'rain trousers', 'warm socks', 'lined boots', 'snow boots',
      'rain boots', 'a cap', 'a beanie', 'a woolly hat', 'waterproofs', 'a fleece', 'thick mittens', 'my scarf', 'an overall', 'a reflective vest',
    ],
  },
  /** Clothes for warm days ("kan jag ha shorts"). */
  lightGarment: {
    sv: ['shorts', 'kortbyxor', 'sandaler', 't shirt', 'kjol', 'klänning', 'keps', 'linne', 'gympaskor', 'bara tröja', 'kortärmat', 'tunna byxor', 'crocs', 'barfota'],
    en: ['shorts', 'sandals', 'a t shirt', 'a skirt', 'a dress', 'trainers', 'a cap', 'flip flops', 'short sleeves', 'just a jumper'],
  },
  weatherState: {
    sv: [
      'kallt', 'varmt', 'soligt', 'blött', 'halt', 'isigt', 'molnigt', 'blåsigt', 'kallt', 'jättekallt', 'minusgrader', 'fint väder', 'dimma', 'mörkt', 'lerigt',
      'dimmigt', 'mulet', 'grått', 'plusgrader', 'minus', 'halka', 'slask', 'sol', 'moln', 'storm', 'åska', 'hagel', 'hett', 'kyligt', 'blåst', 'fuktigt',
    ],
    en: ['cold', 'warm', 'hot', 'sunny', 'wet', 'icy', 'cloudy', 'windy', 'cold', 'freezing', 'foggy', 'nice', 'misty', 'stormy', 'slippery', 'below zero', 'rainy', 'snowy', 'chilly', 'grey'],
  },
  weatherVerb: {
    sv: [
      'regna', 'regna', 'snöa', 'snöa', 'blåsa', 'bli sol', 'bli soligt', 'bli varmt', 'bli kallt', 'åska', 'hagla', 'bli fint', 'bli regn', 'bli snö',
      'blåsa mycket', 'storma', 'bli storm', 'bli dimma', 'bli halt', 'bli minusgrader', 'bli molnigt', 'duggregna', 'ösregna', 'spöregna', 'frysa på',
      'bli åska', 'komma hagel', 'bli varmare', 'bli kallare', 'klarna upp', 'slå om',
    ],
    en: ['rain', 'rain', 'snow', 'snow', 'be sunny', 'be windy', 'be cold', 'be warm', 'be hot', 'storm', 'be nice', 'hail', 'thunder', 'be foggy', 'be icy', 'freeze', 'be cloudy', 'pour', 'drizzle', 'get warmer', 'get colder', 'be stormy'],
  },
  /** What the day at preschool holds. */
  activity: {
    sv: [
      'gå ut', 'gå ut', 'gå till skogen', 'gå till parken', 'gå till lekplatsen', 'ha gympa', 'ha musik', 'ha sångstund', 'måla',
      'baka', 'gå på utflykt', 'ha samling', 'gå till biblioteket', 'dansa', 'ha rytmik', 'åka buss', 'leka ute', 'vara ute',
      'gå till gympasalen', 'ha skapande', 'ha vila', 'läsa bok', 'gå på promenad', 'ha disco', 'gå till teatern', 'åka pulka',
      'ha rörelse', 'ha sångsamling', 'ha simning', 'gå och simma', 'åka till simhallen', 'ha sagostund', 'ha utevistelse', 'ha yoga', 'ha drama',
      'ha bibliotek', 'ha läsvila', 'ha fruktstund', 'ha massage', 'gå till gympan', 'ha idrott', 'ha dans', 'ha utflykt', 'gå till badhuset',
      'ha skogsdag', 'plantera', 'pyssla', 'ha mattelek', 'ha engelska', 'ha kalas', 'ha picknick',
    ],
    en: [
      'go outside', 'go outside', 'go to the park', 'go to the forest', 'go to the playground', 'have gym', 'have music', 'paint', 'bake', 'go on a trip',
      'have circle time', 'go to the library', 'dance', 'play outside', 'go for a walk', 'go sledging', 'go swimming', 'have story time', 'have nap time',
      'go to the pool', 'have a picnic', 'have singing', 'have yoga', 'do crafts', 'have outdoor time', 'have a forest day',
    ],
  },
  /** Fixed points of a preschool day ("när är det vila"). */
  dayEvent: {
    sv: [
      'vila', 'vilan', 'samling', 'samlingen', 'utevistelse', 'fruktstund', 'lunch', 'mellis', 'gympa', 'sångstund', 'sagostund', 'läsvila', 'frukost',
      'mellanmål', 'musik', 'utflykten', 'rörelse', 'simning', 'simningen', 'sångsamling', 'bibliotek', 'biblioteket', 'gympan', 'utevistelsen',
      'yoga', 'dans', 'skogsdag', 'skogen', 'utflykt', 'massage', 'drama', 'rytmik', 'läsvilan', 'morgonsamling', 'fruktstunden',
    ],
    en: ['nap time', 'rest time', 'circle time', 'snack time', 'lunch time', 'outdoor time', 'story time', 'gym', 'music', 'fruit time', 'breakfast', 'swimming', 'singing time', 'library day', 'quiet time', 'forest day', 'dance', 'yoga', 'the trip'],
  },
  bodyPart: {
    sv: [
      'magen', 'huvudet', 'foten', 'handen', 'knät', 'armen', 'örat', 'tanden', 'halsen', 'fingret', 'ryggen', 'benet', 'näsan', 'tån', 'ögat',
      'munnen', 'läppen', 'kinden', 'pannan', 'armbågen', 'axeln', 'nacken', 'stortån', 'tummen', 'öronen', 'fötterna', 'knäna', 'handleden',
    ],
    en: ['tummy', 'head', 'foot', 'hand', 'knee', 'arm', 'ear', 'tooth', 'throat', 'finger', 'back', 'leg', 'nose', 'toe', 'eye', 'mouth', 'lip', 'elbow', 'neck', 'thumb', 'cheek'],
  },
  /** A body part as its owner says it ("mitt knä gör ont"). */
  myBodyPart: {
    sv: [
      'mitt knä', 'min mage', 'mitt huvud', 'mitt öra', 'min tand', 'min fot', 'min hand', 'min arm', 'mitt finger', 'min rygg', 'min hals',
      'mitt ben', 'mitt öga', 'min näsa', 'min tå', 'min tumme', 'mina tänder', 'mina fötter', 'min armbåge', 'min läpp',
    ],
    en: ['my knee', 'my tummy', 'my head', 'my ear', 'my tooth', 'my foot', 'my hand', 'my arm', 'my finger', 'my back', 'my leg', 'my eye', 'my nose', 'my toe', 'my throat', 'my teeth'],
  },
  /** Small hurts a child may show a grown-up. */
  injury: {
    sv: ['ett blåmärke', 'en bula', 'ett sår', 'ett skrubbsår', 'ett skavsår', 'skavsår', 'en blåsa', 'blåmärken', 'ett jack', 'en skråma', 'ett rivsår', 'ett bett', 'en spricka', 'en sticka', 'en flisa', 'näsblod'],
    en: ['a bruise', 'a bump', 'a cut', 'a scrape', 'a blister', 'a splinter', 'a nosebleed', 'a graze', 'a scratch', 'bruises', 'a sore'],
  },
  /** Days worth counting to. */
  countTarget: {
    sv: ['jul', 'julafton', 'lördag', 'helgen', 'påsk', 'midsommar', 'lucia', 'nyår', 'fredag', 'söndag', 'måndag', 'julen', 'valborg'],
    en: ['christmas', 'saturday', 'the weekend', 'easter', 'midsummer', 'new year', 'friday', 'sunday', 'monday'],
  },
  animal: {
    sv: ['hund', 'katt', 'häst', 'ko', 'gris', 'kanin', 'elefant', 'lejon', 'tiger', 'giraff', 'dinosaurie', 'haj', 'fisk', 'orm', 'spindel', 'myra', 'fjäril', 'uggla', 'björn', 'räv', 'älg', 'igelkott', 'apa', 'krokodil', 'hamster', 'marsvin', 'anka', 'höna', 'zebra', 'val'],
    en: ['dog', 'cat', 'horse', 'cow', 'pig', 'rabbit', 'elephant', 'lion', 'tiger', 'giraffe', 'dinosaur', 'shark', 'fish', 'snake', 'spider', 'ant', 'butterfly', 'owl', 'bear', 'fox', 'monkey', 'crocodile', 'hamster', 'duck', 'zebra', 'whale', 'unicorn'],
  },
  colour: {
    sv: ['röd', 'blå', 'grön', 'gul', 'rosa', 'lila', 'svart', 'vit', 'orange', 'brun', 'guld', 'silver'],
    en: ['red', 'blue', 'green', 'yellow', 'pink', 'purple', 'black', 'white', 'orange', 'brown', 'gold'],
  },
  toy: {
    sv: ['docka', 'nalle', 'bil', 'lego', 'boll', 'robot', 'pussel', 'dinosaurie', 'traktor', 'brandbil', 'polisbil', 'enhörning', 'gosedjur', 'cykel', 'sparkcykel', 'tåg', 'flygplan', 'kritor', 'klossar', 'dockvagn'],
    en: ['doll', 'teddy', 'car', 'lego', 'ball', 'robot', 'puzzle', 'dinosaur', 'tractor', 'fire engine', 'police car', 'unicorn', 'bike', 'scooter', 'train', 'plane', 'crayons', 'blocks'],
  },
  /** Small numbers as children write or a keyboard gives them; noise turns most into words. */
  number: {
    sv: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'två', 'tre', 'fyra', 'fem', 'sex', 'tio', 'hundra', '100', '20'],
    en: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'two', 'three', 'four', 'five', 'six', 'ten', 'a hundred', '100', '20'],
  },
  age: {
    sv: ['3', '4', '5', '6', 'tre', 'fyra', 'fem', 'sex', 'sju', 'två'],
    en: ['3', '4', '5', '6', 'three', 'four', 'five', 'six', 'seven'],
  },
  month: {
    sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  },
  place: {
    sv: ['skogen', 'parken', 'lekplatsen', 'stranden', 'affären', 'simhallen', 'biblioteket', 'mormor', 'farmor', 'landet', 'stugan', 'zoo', 'tivoli', 'kalas', 'doktorn', 'tandläkaren'],
    en: ['the forest', 'the park', 'the playground', 'the beach', 'the shop', 'the pool', 'the library', 'grandmas', 'the zoo', 'a party', 'the doctor', 'the dentist'],
  },
};

/** Roster names as the recogniser writes them: lower case, letters only. */
export function rosterValues(roster: readonly string[]): string[] {
  return roster.map((n) => n.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((n) => n.length > 0);
}
