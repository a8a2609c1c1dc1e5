/**
 * Sexual exploitation in short-let flats: women from Central and Eastern Europe and Albania,
 * moved every few nights between flats booked in other people's names in different towns,
 * advertised online with the same phone number, and controlled by a "boyfriend" recruiter
 * (domain.md §4.1: sex work in changing locations).
 */
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { CaseBuilder } from '../caseBuilder';
import type { PersonRef, SiteRef } from '../caseTypes';
import type { DemoNationality } from '../names';
import { pounds } from '../dates';
import { address, pickTown, type Town } from '../places';
import { count, listed, Prose } from '../prose';
import { dayText, maybeOriginal, opening, plan, timeOfDay, type Scenario } from './common';

const LET_WORDS = ['Riverside', 'Citygate', 'Nightingale', 'Parkview', 'Cathedral View', 'Meridian', 'Harbour Lane', 'Kingfisher', 'Northbank', 'Granary'];
const LET_KINDS = ['Serviced Apartments Ltd', 'Short Stays Ltd', 'Apartments Ltd', 'Stays'];
const EXPLOITATION: readonly ExploitationCode[] = ['sex_work_changing', 'sexual'];
const TOWN_WEIGHTS = [['Cambridge', 4], ['Peterborough', 4], ['Huntingdon', 2], ['St Neots', 2], ['Ely', 1], ['St Ives', 1], ['Cambourne', 1], ['March', 1], ['Wisbech', 1]] as const;

type Beat = 'adverts' | 'property' | 'neighbour' | 'welfare' | 'account' | 'anpr' | 'bank' | 'source';

export const shortLets: Scenario = {
  code: 'short_lets',
  weight: 12,
  build(b: CaseBuilder) {
    const { rng } = b;
    const towns: Town[] = [];
    for (let i = 0, n = rng.int(2, 3); i < n; i++) {
      const place = pickTown(rng, TOWN_WEIGHTS);
      if (!towns.includes(place)) towns.push(place);
    }
    const first = rng.weighted<Beat>([['adverts', 3], ['property', 3], ['neighbour', 2]]);
    const beats = plan<Beat>(rng, first, (['adverts', 'property', 'neighbour', 'welfare', 'account', 'anpr', 'bank', 'source'] as Beat[]).filter((beat) => beat !== first), 3, 8);
    if (beats.includes('account') && !beats.includes('welfare')) beats.splice(beats.indexOf('account'), 0, 'welfare');
    const days = b.timeline(beats.length, rng.int(20, 240));
    const dayOf = (beat: Beat) => days[beats.indexOf(beat)] ?? b.today;
    const identifiedOn = beats.includes('welfare') ? dayOf('welfare') : undefined;

    const nationality = rng.weighted<DemoNationality>([['RO', 5], ['AL', 3], ['BG', 2], ['LT', 1], ['PL', 1]]);
    const flats: SiteRef[] = towns.map((place) => b.site({ make: () => address(rng, place, 'flat'), siteType: 'brothel' }));
    const flat = flats[0]!;
    const host = b.organisation({ makeName: () => `${rng.pick(LET_WORDS)} ${rng.pick(LET_KINDS)}`, sector: 'Short-let accommodation', registered: 0.6 });
    const controller = b.person({ nationality, gender: 'male', age: [24, 45], category: 'suspect', nickname: rng.chance(0.5) });
    const booker = b.person({ nationality, gender: 'female', age: [23, 45], category: 'suspect' });
    const women: PersonRef[] = [];
    for (let i = 0, n = rng.int(2, 4); i < n; i++) {
      const victim = identifiedOn !== undefined && i < 2;
      women.push(
        b.person({
          nationality: rng.chance(0.8) ? nationality : rng.pick<DemoNationality>(['RO', 'AL', 'BG', 'LT', 'PL']),
          gender: 'female',
          age: [19, 31],
          category: victim ? 'victim' : 'potential_victim',
          dobKnown: 0.7,
          ...(victim ? { identifiedOn } : {}),
        }),
      );
    }
    const advertPhone = b.phone();
    const controllerPhone = b.phone();
    const car = b.vehicle({ kind: 'car', country: rng.chance(0.3) ? (nationality === 'RO' || nationality === 'BG' || nationality === 'LT' || nationality === 'PL' ? nationality : 'GB') : 'GB' });
    const townNames = listed(towns.map((place) => place.name));

    for (const beat of beats) {
      const day = dayOf(beat);
      const text = new Prose();
      switch (beat) {
        case 'adverts': {
          text.say(`${opening(rng, 'open_source')} adverts on an adult services website using the number ${advertPhone.text} have appeared in ${townNames} over ${count(rng.int(3, 8))} weeks, each for a few days at a time.`, 'moved_between_sites');
          text.say(`The adverts show ${count(women.length)} different women, described as "new in town", offering services ${rng.pick(['24 hours', 'until late', 'day and night'])}.`);
          text.maybe(rng, 0.6, 'The wording of every advert is the same and appears to be written by one person.', 'spoken_for');
          b.report({ day, source: 'open_source', title: `Adult services adverts, ${advertPhone.text}`, text, exploitation: EXPLOITATION, district: flat.district, mopi: 2 });
          break;
        }
        case 'property': {
          text.say(`${opening(rng, 'business')} ${host.text} let ${flat.text} for ${count(rng.int(3, 7))} nights to ${booker.text}, who paid by card and gave the number ${controllerPhone.text}.`);
          text.say(`Cleaners found ${rng.pick(['large numbers of towels and condoms', 'several mobile phones and a card reader', 'the bedrooms set up with only mattresses'])}, and the key safe code had been passed to men arriving through the night.`, 'short_stay_visitors');
          text.maybe(rng, 0.5, 'Two young women who did not speak English were seen leaving with a man carrying their bags.', 'spoken_for');
          b.report({
            day,
            source: 'business',
            title: `Short-let misuse at ${flat.text}`,
            text,
            original: maybeOriginal(rng, 'business', towns[0]!.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('owns', host, flat, 'confirmed'), b.link('visited', booker, flat, 'unconfirmed'), b.link('uses_phone', booker, controllerPhone, 'unconfirmed')],
            district: flat.district,
            mopi: 2,
          });
          break;
        }
        case 'neighbour': {
          const where = rng.pick(flats);
          text.say(`${opening(rng, 'member_of_public')} men have been arriving at ${where.text} every half hour or so, day and night, for the past few days.`, 'short_stay_visitors');
          const carSeen = rng.chance(0.6);
          if (carSeen) text.say(`A man sits outside in a ${car.phrase} for hours at a time.`);
          b.report({
            day,
            source: 'member_of_public',
            title: `Suspected brothel at ${where.text}`,
            text,
            original: maybeOriginal(rng, 'member_of_public', where.town, text),
            exploitation: ['sexual'],
            supports: carSeen ? [b.link('visited', car, where, 'unconfirmed')] : [],
            district: where.district,
            mopi: 2,
          });
          break;
        }
        case 'welfare': {
          const met = women.slice(0, rng.int(1, women.length));
          text.say(`${opening(rng, 'police')} on ${dayText(day)} at ${timeOfDay(rng, 11, 16)} they carried out a welfare visit at ${flat.text} with an interpreter.`);
          if (met.length === 1) {
            text.say(`They spoke to ${met[0]!.text}, who had no passport or identity card and did not know the address of the flat.`, 'no_identity_documents', 'unaware_of_address');
            text.say(`Her phone held only one contact, ${controllerPhone.text}, and she said a friend books the flats for her.`, 'spoken_for');
          } else {
            text.say(`They spoke to ${listed(met.map((woman) => woman.text))}; none had a passport or identity card, and none knew the address of the flat.`, 'no_identity_documents', 'unaware_of_address');
            text.say(`Their phones held only one contact, ${controllerPhone.text}, and they said a friend books the flats for them.`, 'spoken_for');
          }
          text.say(`${controller.text} was waiting outside in a ${car.phrase} and said he was their driver.`);
          text.maybe(rng, 0.5, 'One woman had bruising to her arms she would not explain.', 'untreated_injuries', 'fearful_withdrawn');
          b.report({
            day,
            source: 'police',
            title: `Welfare visit at ${flat.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [...met.map((woman) => b.link('visited', woman, flat, 'confirmed', { validFrom: day })), b.link('drives', controller, car, 'confirmed', { validFrom: day })],
            district: flat.district,
            occurredBefore: 0,
            personal: true,
            mopi: 2,
          });
          break;
        }
        case 'account': {
          const victim = women[0]!;
          text.say(`${opening(rng, 'victim')} ${victim.text} met ${controller.text} at home and believed he was her boyfriend; he offered her work in a restaurant in England.`, 'false_promises');
          text.say(`On arrival he took her identity card and told her she owed ${pounds(rng.pick([2000, 3000, 5000]))} for the travel and must see men to pay it back.`, 'no_identity_documents', 'debt_bondage');
          text.say(`She had to earn ${pounds(rng.pick([300, 400, 500]))} a day and hand it all to ${controller.text} or ${booker.text}.`, 'daily_minimum', 'little_or_no_pay');
          text.say(`She was moved every few days between flats in ${townNames} and never went out alone.`, 'moved_between_sites', 'kept_in');
          b.report({
            day,
            source: 'victim',
            title: 'Victim account: sexual exploitation in short-let flats',
            text,
            original: maybeOriginal(rng, 'victim', towns[0]!.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('controls_or_exploits', controller, victim, 'unconfirmed'), b.link('recruited', controller, victim, 'unconfirmed'), b.link('transported', controller, victim, 'unconfirmed'), b.link('associate', controller, booker, 'unconfirmed')],
            district: flat.district,
            occurredBefore: rng.int(20, 180),
            personal: true,
            mopi: 2,
          });
          break;
        }
        case 'anpr': {
          text.say(`${opening(rng, 'technical')} the ${car.phrase} was recorded by ANPR in ${townNames} on the days the adverts for ${advertPhone.text} moved between them.`, 'moved_between_sites');
          text.say(`The registered keeper is ${controller.text}.`);
          b.report({
            day,
            source: 'technical',
            title: `ANPR: ${car.text}`,
            text,
            exploitation: ['sexual'],
            supports: [b.link('registered_keeper', controller, car, 'confirmed')],
            district: flat.district,
            occurredBefore: rng.int(1, 30),
            mopi: 2,
          });
          break;
        }
        case 'bank': {
          text.say(`${opening(rng, 'business')} an account in the name of ${booker.text} has paid for ${count(rng.int(6, 20))} short-let bookings in ${townNames} in two months, funded by cash deposits.`);
          text.say(`The same account pays for adult website advertising and for top-ups to ${advertPhone.text}.`);
          b.report({
            day,
            source: 'business',
            title: `Payments for short lets by ${booker.text}`,
            text,
            original: maybeOriginal(rng, 'business', towns[0]!.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('uses_phone', booker, advertPhone, 'tentative')],
            district: flat.district,
            mopi: 2,
          });
          break;
        }
        case 'source': {
          text.say(`${opening(rng, 'chis')} ${controller.text}${controller.alias ? `, known as "${controller.alias}",` : ''} brings women from ${nationality === 'AL' ? 'Albania' : nationality === 'RO' ? 'Romania' : nationality === 'BG' ? 'Bulgaria' : nationality === 'LT' ? 'Lithuania' : 'Poland'} and moves them around short-let flats in the county.`, 'moved_between_sites');
          text.say(`${booker.text} books the flats and answers ${advertPhone.text}; ${controller.text} uses ${controllerPhone.text}.`);
          b.report({
            day,
            source: 'chis',
            title: `Women moved between short lets by ${controller.text}`,
            text,
            original: maybeOriginal(rng, 'chis', towns[0]!.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('uses_phone', booker, advertPhone, 'unconfirmed'), b.link('uses_phone', controller, controllerPhone, 'unconfirmed'), b.link('associate', controller, booker, 'unconfirmed')],
            district: flat.district,
            mopi: 2,
          });
          break;
        }
      }
    }
  },
};
