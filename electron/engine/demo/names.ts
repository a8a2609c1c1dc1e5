/**
 * Fictional people's names, by nationality: the nationalities most often met in NRM statistics
 * and in the Victim and Witness Hub's caseload (domain.md §4.2, §7). Names are common given
 * names and surnames combined at random, spelt with their proper diacritics (Romanian comma-below
 * Ș/Ț, Lithuanian ą č ę ė į š ų ū ž, Polish ł ń ś ź ż ó, Albanian ë ç, Vietnamese tone marks),
 * because real records carry them and the name matcher must cope with them. Combinations that
 * would name well-known public figures have been left out of the banks.
 */
import { fold, withoutDiacritics } from './fold';
import type { Random } from './random';

export type DemoNationality = 'RO' | 'LT' | 'PL' | 'AL' | 'VN' | 'BG' | 'SK' | 'ER' | 'SD' | 'GB';
export type Gender = 'male' | 'female';

/** A surname with its male and female forms (Lithuanian, Polish, Slovak and Bulgarian differ). */
type Surname = string | readonly [male: string, female: string];

interface NameBank {
  firstLanguage: string;
  otherLanguages: readonly string[];
  /** How likely an adult from here is to need an interpreter when spoken to by police. */
  interpreterLikelihood: number;
  male: readonly string[];
  female: readonly string[];
  surnames: readonly Surname[];
  /** Family name first, as Vietnamese names are written (Nguyễn Văn Hùng). */
  familyFirst?: { maleMiddle: readonly string[]; femaleMiddle: readonly string[] };
  /** What associates call someone; used as aliases for some suspects. */
  nicknames?: readonly string[];
}

const BANKS: Record<DemoNationality, NameBank> = {
  RO: {
    firstLanguage: 'ro',
    otherLanguages: ['en', 'it'],
    interpreterLikelihood: 0.7,
    male: ['Ionuț', 'Andrei', 'Mihai', 'Florin', 'Gheorghe', 'Ștefan', 'Constantin', 'Marius', 'Costel', 'Nicușor', 'Cătălin', 'Răzvan', 'Vasile', 'Dumitru', 'Adrian', 'Bogdan', 'Cristian', 'Petrică', 'Sorin', 'Lucian'],
    female: ['Ioana', 'Elena', 'Maria', 'Mădălina', 'Andreea', 'Alexandra', 'Florentina', 'Georgiana', 'Bianca', 'Ștefania', 'Roxana', 'Nicoleta', 'Denisa', 'Larisa', 'Daniela', 'Cristina', 'Alina', 'Teodora'],
    surnames: ['Popescu', 'Ionescu', 'Stănescu', 'Dumitrescu', 'Munteanu', 'Țurcanu', 'Lupu', 'Rădulescu', 'Căpraru', 'Ștefănescu', 'Băluță', 'Moldovan', 'Stoica', 'Ciobanu', 'Nistor', 'Pătrașcu', 'Tănase', 'Mocanu', 'Zamfir', 'Grigoraș', 'Cojocaru', 'Vlădescu', 'Ungureanu', 'Bălan', 'Florea', 'Țăranu'],
    nicknames: ['Nicu', 'Costi', 'Fane', 'Gică', 'Bebe', 'Mitică', 'Cioacă'],
  },
  LT: {
    firstLanguage: 'lt',
    otherLanguages: ['ru', 'en'],
    interpreterLikelihood: 0.75,
    male: ['Tomas', 'Mantas', 'Darius', 'Andrius', 'Jonas', 'Giedrius', 'Vytautas', 'Žilvinas', 'Rokas', 'Mindaugas', 'Aurimas', 'Kęstutis', 'Saulius', 'Ąžuolas', 'Dainius', 'Arūnas', 'Gintaras', 'Linas'],
    female: ['Rūta', 'Jurgita', 'Agnė', 'Eglė', 'Greta', 'Ieva', 'Gintarė', 'Inga', 'Aušra', 'Laura', 'Kristina', 'Živilė', 'Rasa', 'Dalia', 'Vaida', 'Simona', 'Indrė', 'Jūratė'],
    surnames: [
      ['Kazlauskas', 'Kazlauskienė'],
      ['Jankauskas', 'Jankauskienė'],
      ['Petrauskas', 'Petrauskienė'],
      ['Stankevičius', 'Stankevičienė'],
      ['Vasiliauskas', 'Vasiliauskienė'],
      ['Žukauskas', 'Žukauskienė'],
      ['Butkus', 'Butkienė'],
      ['Paulauskas', 'Paulauskaitė'],
      ['Urbonas', 'Urbonienė'],
      ['Kavaliauskas', 'Kavaliauskienė'],
      ['Navickas', 'Navickaitė'],
      ['Šimkus', 'Šimkienė'],
      ['Balčiūnas', 'Balčiūnienė'],
      ['Rimkus', 'Rimkutė'],
      ['Mačiulis', 'Mačiulienė'],
      ['Grigaliūnas', 'Grigaliūnaitė'],
      ['Žemaitis', 'Žemaitytė'],
      ['Lukoševičius', 'Lukoševičienė'],
      ['Jonaitis', 'Jonaitytė'],
      ['Mockus', 'Mockutė'],
      ['Dambrauskas', 'Dambrauskienė'],
      ['Gudelis', 'Gudelienė'],
    ],
    nicknames: ['Tomka', 'Dariukas', 'Žilva', 'Ruda', 'Kiela'],
  },
  PL: {
    firstLanguage: 'pl',
    otherLanguages: ['en'],
    interpreterLikelihood: 0.6,
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Łukasz', 'Mariusz', 'Grzegorz', 'Jakub', 'Wojciech', 'Rafał', 'Dariusz', 'Zbigniew', 'Sławomir', 'Przemysław', 'Bartłomiej', 'Marek', 'Adam'],
    female: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Magdalena', 'Dorota', 'Beata', 'Justyna', 'Ewelina', 'Żaneta', 'Jolanta', 'Monika', 'Anna', 'Renata', 'Bożena', 'Grażyna'],
    surnames: [
      ['Kowalski', 'Kowalska'],
      ['Wiśniewski', 'Wiśniewska'],
      'Wójcik',
      ['Kamiński', 'Kamińska'],
      ['Lewandowski', 'Lewandowska'],
      ['Zieliński', 'Zielińska'],
      ['Szymański', 'Szymańska'],
      'Woźniak',
      ['Dąbrowski', 'Dąbrowska'],
      ['Kozłowski', 'Kozłowska'],
      ['Jankowski', 'Jankowska'],
      'Mazur',
      'Krawczyk',
      ['Grabowski', 'Grabowska'],
      ['Pawłowski', 'Pawłowska'],
      ['Michalski', 'Michalska'],
      'Król',
      'Wróbel',
      ['Koźmiński', 'Koźmińska'],
      ['Górski', 'Górska'],
      'Żak',
      'Sikora',
      'Bąk',
      'Ślęzak',
    ],
    nicknames: ['Grzesiek', 'Misiek', 'Łysy', 'Kuba'],
  },
  AL: {
    firstLanguage: 'sq',
    otherLanguages: ['it', 'en'],
    interpreterLikelihood: 0.65,
    male: ['Arben', 'Besnik', 'Dritan', 'Ermal', 'Gëzim', 'Klodian', 'Ilir', 'Erion', 'Fatmir', 'Luan', 'Redon', 'Ervis', 'Altin', 'Mërgim', 'Artan', 'Bledar', 'Gentian', 'Sokol', 'Kujtim', 'Flamur'],
    female: ['Anila', 'Blerina', 'Dorina', 'Elona', 'Entela', 'Fjona', 'Jonida', 'Klea', 'Manjola', 'Rozana', 'Xhesika', 'Vjollca', 'Brunilda', 'Ledia', 'Ornela', 'Mirela'],
    surnames: ['Hoxha', 'Shehu', 'Çela', 'Leka', 'Gjoka', 'Dervishi', 'Kola', 'Marku', 'Gashi', 'Krasniqi', 'Zeneli', 'Lleshi', 'Bregu', 'Çeka', 'Dhima', 'Tafa', 'Koçi', 'Muça', 'Bajrami', 'Mehmeti', 'Hysa', 'Prifti', 'Xhafa', 'Dedja', 'Kërçiku'],
    nicknames: ['Beni', 'Toni', 'Dani', 'Geni', 'Landi', 'Mimi'],
  },
  VN: {
    firstLanguage: 'vi',
    otherLanguages: [],
    interpreterLikelihood: 0.9,
    male: ['Hùng', 'Dũng', 'Tuấn', 'Minh', 'Long', 'Nam', 'Phúc', 'Thắng', 'Cường', 'Hải', 'Quân', 'Khánh', 'Sơn', 'Toàn', 'Việt', 'Đạt'],
    female: ['Lan', 'Hương', 'Mai', 'Linh', 'Thảo', 'Trang', 'Ngọc', 'Hà', 'Huyền', 'Phương', 'Nhung', 'Yến', 'Hằng', 'Loan'],
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
    familyFirst: { maleMiddle: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành'], femaleMiddle: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh'] },
    nicknames: ['Anh Hai', 'Chị Ba', 'Bé'],
  },
  BG: {
    firstLanguage: 'bg',
    otherLanguages: ['ru', 'tr'],
    interpreterLikelihood: 0.75,
    male: ['Georgi', 'Ivan', 'Dimitar', 'Nikolay', 'Stoyan', 'Petar', 'Hristo', 'Todor', 'Atanas', 'Krasimir', 'Plamen', 'Vasil'],
    female: ['Maria', 'Ivanka', 'Desislava', 'Tsvetelina', 'Radostina', 'Galina', 'Snezhana', 'Petya', 'Yordanka', 'Gergana'],
    surnames: [
      ['Ivanov', 'Ivanova'],
      ['Georgiev', 'Georgieva'],
      ['Dimitrov', 'Dimitrova'],
      ['Petrov', 'Petrova'],
      ['Stoyanov', 'Stoyanova'],
      ['Nikolov', 'Nikolova'],
      ['Todorov', 'Todorova'],
      ['Angelov', 'Angelova'],
      ['Kolev', 'Koleva'],
      ['Hristov', 'Hristova'],
      ['Marinov', 'Marinova'],
      ['Yordanov', 'Yordanova'],
      ['Kostov', 'Kostova'],
      ['Popov', 'Popova'],
    ],
    nicknames: ['Gosho', 'Mitko', 'Kiro', 'Sasho'],
  },
  SK: {
    firstLanguage: 'sk',
    otherLanguages: ['cs', 'hu'],
    interpreterLikelihood: 0.7,
    male: ['Marek', 'Peter', 'Ján', 'Jozef', 'Martin', 'Tomáš', 'Ľubomír', 'Dušan', 'Miroslav', 'Radoslav', 'Štefan', 'Róbert', 'Milan', 'Pavol', 'Rastislav', 'Vladimír'],
    female: ['Zuzana', 'Mária', 'Jana', 'Katarína', 'Lucia', 'Monika', 'Veronika', 'Ľubica', 'Andrea', 'Silvia', 'Simona', 'Denisa', 'Renáta'],
    surnames: [
      ['Horváth', 'Horváthová'],
      ['Kováč', 'Kováčová'],
      ['Varga', 'Vargová'],
      ['Tóth', 'Tóthová'],
      ['Nagy', 'Nagyová'],
      ['Baláž', 'Balážová'],
      ['Molnár', 'Molnárová'],
      ['Lukáč', 'Lukáčová'],
      ['Oláh', 'Oláhová'],
      ['Ďuriš', 'Ďurišová'],
      ['Šimko', 'Šimková'],
      ['Polák', 'Poláková'],
      ['Gažo', 'Gažová'],
      ['Červeňák', 'Červeňáková'],
    ],
    nicknames: ['Maroš', 'Paľo', 'Jožo'],
  },
  ER: {
    firstLanguage: 'ti',
    otherLanguages: ['am', 'ar'],
    interpreterLikelihood: 0.9,
    male: ['Yonas', 'Tesfay', 'Dawit', 'Samuel', 'Yohannes', 'Berhane', 'Mehari', 'Filmon', 'Habtom', 'Kidane', 'Amanuel', 'Efrem', 'Henok', 'Merhawi', 'Robel', 'Biniam', 'Natnael'],
    female: ['Helen', 'Senait', 'Selam', 'Luwam', 'Saba', 'Ruta', 'Feven', 'Winta', 'Hiwet', 'Abeba', 'Yordanos', 'Elsa', 'Freweini', 'Mebrat'],
    // Eritrean names are given name and father's name: the "surname" here is a father's name.
    surnames: ['Tesfamariam', 'Ghebremedhin', 'Haile', 'Woldemichael', 'Tekle', 'Berhane', 'Kidane', 'Habte', 'Gebrezgiabher', 'Andemariam', 'Mebrahtu', 'Ghirmay', 'Tsegay', 'Weldu', 'Asmerom', 'Okbazghi'],
  },
  SD: {
    firstLanguage: 'ar',
    otherLanguages: ['en'],
    interpreterLikelihood: 0.85,
    male: ['Mohamed', 'Ahmed', 'Osman', 'Abdelrahman', 'Ibrahim', 'Hassan', 'Yousif', 'Mustafa', 'Abdalla', 'Adam', 'Ismail', 'Khalid', 'Mohanad', 'Elsadig', 'Hamza', 'Mujahid'],
    female: ['Fatima', 'Amna', 'Hawa', 'Mariam', 'Sara', 'Khadija', 'Zainab', 'Asha', 'Rabab', 'Nafisa', 'Safa', 'Huda'],
    surnames: ['Abdelrahman', 'Osman', 'Elamin', 'Hamid', 'Abakar', 'Yagoub', 'Eltayeb', 'Musa', 'Idris', 'Babiker', 'Elnour', 'Suleiman', 'Haroun', 'Adam Ishag', 'Mohamed Ali'],
  },
  GB: {
    firstLanguage: 'en',
    otherLanguages: [],
    interpreterLikelihood: 0,
    male: ['James', 'Daniel', 'Connor', 'Kieran', 'Liam', 'Jordan', 'Tyler', 'Callum', 'Jake', 'Reece', 'Bradley', 'Lewis', 'Ryan', 'Mason', 'Kyle', 'Jayden', 'Marcus', 'Tyrese', 'Ethan', 'Alfie'],
    female: ['Chloe', 'Jade', 'Courtney', 'Megan', 'Shannon', 'Leah', 'Paige', 'Sophie', 'Kayleigh', 'Amber', 'Demi', 'Lauren', 'Tia', 'Jasmine'],
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Walker', 'Wright', 'Thompson', 'Robinson', 'Hall', 'Clarke', 'Mitchell', 'Turner', 'Parker', 'Cooper', 'Barker', 'Hughes', 'Ward', 'Marshall', 'Fletcher', 'Campbell', 'Francis', 'Okafor', 'Mensah', 'Khan', 'Henry', 'Grant', 'Reid', 'Bennett', 'Doyle'],
    nicknames: ['Tiny', 'Ghost', 'Smokey', 'Rizz', 'K-Dog', 'Milly', 'Bugs', 'Nines'],
  },
};

/** Bulgarian names as they appear in Bulgarian documents, for a Cyrillic alias beside the Latin one. */
const BULGARIAN_CYRILLIC: Readonly<Record<string, string>> = {
  Georgi: 'Георги', Ivan: 'Иван', Dimitar: 'Димитър', Nikolay: 'Николай', Stoyan: 'Стоян', Petar: 'Петър', Hristo: 'Христо', Todor: 'Тодор',
  Atanas: 'Атанас', Krasimir: 'Красимир', Plamen: 'Пламен', Vasil: 'Васил', Maria: 'Мария', Ivanka: 'Иванка', Desislava: 'Десислава',
  Tsvetelina: 'Цветелина', Radostina: 'Радостина', Galina: 'Галина', Snezhana: 'Снежана', Petya: 'Петя', Yordanka: 'Йорданка', Gergana: 'Гергана',
  Ivanov: 'Иванов', Georgiev: 'Георгиев', Dimitrov: 'Димитров', Petrov: 'Петров', Stoyanov: 'Стоянов', Nikolov: 'Николов', Todorov: 'Тодоров',
  Angelov: 'Ангелов', Kolev: 'Колев', Hristov: 'Христов', Marinov: 'Маринов', Yordanov: 'Йорданов', Kostov: 'Костов', Popov: 'Попов',
};

export interface DemoName {
  /** As stored on the entity: 'Ionuț Popescu', 'Nguyễn Văn Hùng'. */
  name: string;
  /** As intelligence reports write it, surname in capitals: 'Ionuț POPESCU', 'NGUYỄN Văn Hùng'. */
  text: string;
  /** The name folded as identity keys fold it: 'ionut popescu'. */
  folded: string;
  given: string;
  surname: string;
  /** Vietnamese middle name(s) (Văn, Thị Thu…), else null. */
  middle: string | null;
}

export function nameBank(nationality: DemoNationality): Readonly<NameBank> {
  return BANKS[nationality];
}

function surnameFor(surname: Surname, gender: Gender): string {
  return typeof surname === 'string' ? surname : gender === 'male' ? surname[0] : surname[1];
}

const upperCache = new Map<string, string>();
function upper(text: string): string {
  let value = upperCache.get(text);
  if (value === undefined) upperCache.set(text, (value = text.toUpperCase()));
  return value;
}

function cyrillic(given: string, surname: string): string | null {
  const first = BULGARIAN_CYRILLIC[given];
  const male = BULGARIAN_CYRILLIC[surname] ?? BULGARIAN_CYRILLIC[surname.replace(/a$/, '')];
  if (!first || !male) return null;
  return `${first} ${BULGARIAN_CYRILLIC[surname] ? male : `${male}а`}`;
}

function compose(given: string, surname: string, middle: string | null): DemoName {
  if (middle !== null) {
    // Vietnamese: family name, middle name, given name.
    return {
      name: `${surname} ${middle} ${given}`,
      text: `${upper(surname)} ${middle} ${given}`,
      folded: `${fold(surname)} ${fold(middle)} ${fold(given)}`,
      given,
      surname,
      middle,
    };
  }
  return { name: `${given} ${surname}`, text: `${given} ${upper(surname)}`, folded: `${fold(given)} ${fold(surname)}`, given, surname, middle: null };
}

/** A random name for someone of this nationality and gender. */
export function personName(rng: Random, nationality: DemoNationality, gender: Gender): DemoName {
  const bank = BANKS[nationality];
  const given = rng.pick(gender === 'male' ? bank.male : bank.female);
  const surname = surnameFor(rng.pick(bank.surnames), gender);
  const middle = bank.familyFirst ? rng.pick(gender === 'male' ? bank.familyFirst.maleMiddle : bank.familyFirst.femaleMiddle) : null;
  return compose(given, surname, middle);
}

/**
 * A longer form for when a name is already taken: a second given name (or, where names are
 * given name and father's name, the grandfather's), as documents often show.
 */
export function extendName(rng: Random, nationality: DemoNationality, gender: Gender, base: DemoName): DemoName {
  const bank = BANKS[nationality];
  const second = rng.pick(gender === 'male' ? bank.male : bank.female);
  // Vietnamese: one more middle name (Nguyễn Thị Thu Hà); elsewhere a second given name.
  if (base.middle !== null) return compose(base.given, base.surname, `${base.middle} ${second}`);
  return compose(`${base.given} ${second}`, base.surname, null);
}

/** Other spellings seen in records: without diacritics, and in Cyrillic for Bulgarians. */
export function nameVariants(nationality: DemoNationality, name: DemoName): string[] {
  const variants: string[] = [];
  // From the parts, so only the small vocabulary of name parts is ever remembered.
  const plain =
    name.middle !== null
      ? `${withoutDiacritics(name.surname)} ${withoutDiacritics(name.middle)} ${withoutDiacritics(name.given)}`
      : `${withoutDiacritics(name.given)} ${withoutDiacritics(name.surname)}`;
  if (plain !== name.name) variants.push(plain);
  if (nationality === 'BG') {
    const written = cyrillic(name.given.split(' ')[0]!, name.surname);
    if (written) variants.push(written);
  }
  return variants;
}

export function nickname(rng: Random, nationality: DemoNationality): string | null {
  const pool = BANKS[nationality].nicknames;
  return pool && pool.length > 0 ? rng.pick(pool) : null;
}

/** Fictional police and intelligence staff who author reports (with staff numbers in the force's style). */
const OFFICERS: ReadonlyArray<{ name: string; staffNumber: string }> = [
  { name: 'DC Hannah Greaves', staffNumber: 'CC3381' },
  { name: 'DC Tom Fairbrother', staffNumber: 'CC2291' },
  { name: 'PC Amir Siddiqui', staffNumber: 'CC4410' },
  { name: 'PC Laura Benedetti', staffNumber: 'CC4782' },
  { name: 'PC Owen Pritchard', staffNumber: 'CC5126' },
  { name: 'DS Fiona Leckie', staffNumber: 'CC1904' },
  { name: 'PCSO Kirsty Dawes', staffNumber: 'CS6032' },
  { name: 'PC Daniel Okoro', staffNumber: 'CC5310' },
  { name: 'DC Sian Maddox', staffNumber: 'CC3712' },
  { name: 'PC Callum Heys', staffNumber: 'CC5544' },
  { name: 'DC Natalia Wrona', staffNumber: 'CC3925' },
  { name: 'PS Mark Lindqvist', staffNumber: 'CC2017' },
];
/** Intelligence unit staff, who record what the public, partners and sources pass on. */
const INTELLIGENCE_STAFF: ReadonlyArray<{ name: string; staffNumber: string }> = [
  { name: 'Intelligence Officer Gemma Pryor', staffNumber: 'CS7015' },
  { name: 'Intelligence Officer Ravi Mistry', staffNumber: 'CS7142' },
  { name: 'Intelligence Officer Beth Kingdon', staffNumber: 'CS7268' },
  { name: 'Researcher Joel Ashworth', staffNumber: 'CS7390' },
  { name: 'DC Tom Fairbrother', staffNumber: 'CC2291' },
  { name: 'DC Natalia Wrona', staffNumber: 'CC3925' },
];

/** Who wrote a report: the officer who was there, or the intelligence unit that took it in. */
export function reportAuthor(rng: Random, firstHand: boolean): { name: string; staffNumber: string } {
  return rng.pick(firstHand ? OFFICERS : INTELLIGENCE_STAFF);
}

/** Fictional Victim and Witness Hub coordinators; the Hub has Lithuanian and Romanian speakers (domain.md §7). */
const LANGUAGE_COORDINATORS: Readonly<Partial<Record<DemoNationality, string>>> = {
  LT: 'Daiva Rutkauskienė',
  RO: 'Oana Vîlcu',
};
const COORDINATORS = ['Claire Ashdown', 'Marta Sienkiewicz', 'Joanne Tebbutt', 'Precious Adeyemi'];

export function hubCoordinator(rng: Random, nationality: DemoNationality): string {
  return LANGUAGE_COORDINATORS[nationality] ?? rng.pick(COORDINATORS);
}
