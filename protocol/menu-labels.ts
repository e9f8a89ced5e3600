/**
 * Words a menu source puts where a dish would be but that are not food: holidays, closed days, breaks.
 * Real menus list "Jullov", "Studiedag" or "jullov-Fritids öppet" as a day's courses; read out as food,
 * a child hears "Idag ska vi äta jullov".
 */
const LABEL_START =
  /^(?:jullov|sportlov|höstlov|påsklov|sommarlov|vinterlov|lov|studiedag|planeringsdag|stängt|stängd|röd dag|helgdag|klämdag|julafton|juldagen|annandag jul|nyårsafton|nyårsdagen|trettondagsafton|tretton(?:de)?dag(?:en|s)?(?: jul)?|skärtorsdag|långfredag(?:en)?|påskafton|påskdagen|annandag påsk|valborg(?:smässoafton)?|första maj|kristi himmelsfärds?dag(?:en)?|pingstafton|pingstdagen|nationaldag(?:en)?|midsommarafton|midsommardagen|alla helgons dag)(?![\p{L}])/iu;

/** True when the whole text is a holiday or closed label, with or without a note after it ("jullov-Fritids öppet"). */
export function isMenuLabel(text: string): boolean {
  return LABEL_START.test(text.trim());
}
