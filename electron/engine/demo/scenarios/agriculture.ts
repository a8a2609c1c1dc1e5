/**
 * An unlicensed gangmaster in the Fens: Central and Eastern European workers housed in
 * overcrowded HMOs in Wisbech or March, collected from a lay-by before dawn in a minibus,
 * supplied to a farm or packhouse, with wages paid into accounts the gangmaster's family
 * controls (domain.md §4.1, §4.4, §7).
 */
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { CaseBuilder } from '../caseBuilder';
import type { PersonRef } from '../caseTypes';
import type { PlateCountry } from '../identifiers';
import type { DemoNationality } from '../names';
import { address, HUBS, pickTown, TOWNS } from '../places';
import { capitalise, count, listed, Prose } from '../prose';
import { dayText, maybeOriginal, opening, plan, timeOfDay, type Scenario } from './common';

const LABOUR_WORDS = ['Baltic', 'Eastfen', 'Northgate', 'Harvest', 'Horizon', 'Fieldway', 'Crossfen', 'Primeway', 'Agrolink', 'Seasonal'];
const LABOUR_KINDS = ['Recruitment Ltd', 'Agricultural Services Ltd', 'Labour Solutions Ltd', 'Staffing Ltd'];
const FARM_WORDS = ['Fen Edge', 'Black Fen', 'Nene Valley', 'Washside', 'Marshland', 'Fenland Fresh', 'Lowland', 'Droveway', 'Skylark', 'Peat Acre', 'Sluice End', 'Long Drove'];
const FARM_KINDS = ['Produce Ltd', 'Growers Ltd', 'Farms Ltd', 'Salads Ltd', 'Packing Ltd', 'Fresh Produce Ltd'];
const CROPS = ['spring onion', 'salad', 'leek', 'potato', 'strawberry', 'daffodil', 'celery', 'brassica'];
const EXPLOITATION: readonly ExploitationCode[] = ['agriculture', 'labour'];

const PLATES: Record<string, PlateCountry> = { LT: 'LT', PL: 'PL', RO: 'RO', BG: 'BG' };

type Beat = 'glaa' | 'housing' | 'stop' | 'bank' | 'account' | 'farm' | 'anpr' | 'public' | 'source';

export const agriculture: Scenario = {
  code: 'agriculture',
  weight: 20,
  build(b: CaseBuilder) {
    const { rng } = b;
    const base = pickTown(rng, [['Wisbech', 6], ['March', 3], ['Whittlesey', 2], ['Chatteris', 2], ['Littleport', 1]]);
    const farmTown = pickTown(rng, [['Guyhirn', 2], ['Wisbech', 2], ['March', 2], ['Chatteris', 2], ['Whittlesey', 2], ['Thorney', 1], ['Littleport', 1], ['Earith', 1], ['Ramsey', 1], ['Warboys', 1]]);
    const first = rng.weighted<Beat>([['glaa', 3], ['housing', 2], ['public', 3]]);
    const beats = plan<Beat>(rng, first, (['glaa', 'housing', 'stop', 'bank', 'account', 'farm', 'anpr', 'public', 'source'] as Beat[]).filter((beat) => beat !== first), 4, 9);
    if (beats.includes('account') && !beats.includes('stop') && !beats.includes('housing')) beats.splice(beats.indexOf('account'), 0, 'stop');
    const days = b.timeline(beats.length, rng.int(90, 720));
    const dayOf = (beat: Beat) => days[beats.indexOf(beat)] ?? b.today;
    const contact = beats.find((beat) => beat === 'stop' || beat === 'housing');
    const identifiedOn = contact ? dayOf(contact) : undefined;

    const nationality = rng.weighted<DemoNationality>([['LT', 4], ['PL', 2], ['RO', 3], ['BG', 2], ['SK', 1]]);
    const gangmasterFirm = b.organisation({ makeName: () => `${rng.pick(LABOUR_WORDS)} ${rng.pick(LABOUR_KINDS)}`, sector: 'Labour provider (agriculture)', registered: 0.85 });
    const grower = b.organisation({ makeName: () => `${rng.pick(FARM_WORDS)} ${rng.pick(FARM_KINDS)}`, sector: 'Agriculture and food packing', registered: 0.95 });
    const farm = b.site({ make: () => address(rng, farmTown, 'farm'), siteType: 'agriculture', name: `${grower.text.replace(/ Ltd$/, '')} packhouse`, gridRef: true });
    const hmo = b.site({ make: () => address(rng, base, 'house'), siteType: 'hmo_shared_house' });
    const hmo2 = rng.chance(0.5) ? b.site({ make: () => address(rng, base, 'house'), siteType: 'hmo_shared_house' }) : null;
    const pickupHub = HUBS.find((hub) => hub.town === base.name) ?? rng.pick(HUBS.filter((hub) => hub.name.startsWith('Lay-by')));
    const pickup = b.hub(pickupHub, TOWNS[pickupHub.town].district);
    const gangmaster = b.person({ nationality, gender: 'male', age: [30, 55], category: 'suspect', nickname: rng.chance(0.4) });
    const wife = rng.chance(0.6) ? b.person({ nationality, gender: 'female', age: [26, 50], category: 'suspect' }) : null;
    const driver = b.person({ nationality, gender: 'male', age: [22, 45], category: 'suspect' });
    const workers: PersonRef[] = [];
    for (let i = 0, n = rng.int(3, 7); i < n; i++) {
      const victim = identifiedOn !== undefined && i < 3;
      workers.push(
        b.person({
          nationality: rng.chance(0.8) ? nationality : rng.pick<DemoNationality>(['RO', 'BG', 'LT', 'PL', 'SK']),
          gender: rng.chance(0.7) ? 'male' : 'female',
          age: [19, 58],
          category: victim ? 'victim' : 'potential_victim',
          dobKnown: 0.85,
          ...(victim ? { identifiedOn } : {}),
        }),
      );
    }
    const farmManager = rng.chance(0.5) ? b.person({ nationality: 'GB', gender: rng.chance(0.5) ? 'male' : 'female', age: [35, 65], category: 'witness' }) : null;
    const gangmasterPhone = b.phone();
    const driverPhone = b.phone();
    const minibus = b.vehicle({ kind: 'minibus', country: rng.chance(0.5) ? (PLATES[nationality] ?? 'GB') : 'GB' });
    const car = b.vehicle({ kind: 'car', country: rng.chance(0.4) ? (PLATES[nationality] ?? 'GB') : 'GB' });
    const crop = rng.pick(CROPS);
    const headcount = rng.int(12, 40);
    const district = farm.district;

    for (const beat of beats) {
      const day = dayOf(beat);
      const text = new Prose();
      switch (beat) {
        case 'glaa': {
          text.say(`${opening(rng, 'partner_agency', 'the Gangmasters and Labour Abuse Authority (GLAA)')} ${gangmasterFirm.text} is supplying about ${headcount} workers to ${farm.text}, run by ${grower.text}, for ${crop} harvesting and packing, but holds no GLAA licence.`);
          text.say(`The business is run by ${gangmaster.text}, who recruits workers from ${nationality === 'LT' ? 'Lithuania' : nationality === 'PL' ? 'Poland' : nationality === 'RO' ? 'Romania' : nationality === 'BG' ? 'Bulgaria' : 'Slovakia'} through social media advertisements.`, 'false_promises');
          text.maybe(rng, 0.6, `Workers are charged for transport and housing from their wages, leaving some with less than £${rng.int(40, 90)} a week.`, 'little_or_no_pay');
          b.report({
            day,
            source: 'partner_agency',
            title: `Unlicensed labour provider supplying ${grower.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [
              b.link('directs', gangmaster, gangmasterFirm, 'confirmed'),
              b.link('other', gangmasterFirm, grower, 'confirmed', { notes: 'Supplies workers to this grower.' }),
              b.link('owns', grower, farm, 'confirmed'),
            ],
            district,
          });
          break;
        }
        case 'housing': {
          const residents = workers.slice(0, rng.int(2, workers.length));
          text.say(`${opening(rng, 'partner_agency', 'the district council’s private sector housing team')} ${count(rng.int(11, 19))} adults were found living at ${hmo.text}, a four-bedroom house let to ${gangmaster.text}.`, 'many_unrelated_occupants');
          text.say('Two people shared each mattress in shifts, the kitchen had no working cooker and there were no smoke alarms.', 'poor_housing');
          text.say(`Residents included ${listed(residents.map((worker) => worker.text))}, who said they work for ${gangmasterFirm.text} and pay £${rng.pick([60, 70, 80])} a week each in rent taken from their wages.`, 'little_or_no_pay');
          if (hmo2) text.say(`They said more workers live at ${hmo2.text}.`);
          b.report({
            day,
            source: 'partner_agency',
            title: `Overcrowded HMO, ${hmo.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: residents.map((worker) => b.link('lives_at', worker, hmo, 'confirmed', { validFrom: day })),
            district: hmo.district,
            personal: true,
          });
          break;
        }
        case 'stop': {
          const passengers = workers.slice(0, rng.int(2, workers.length));
          const road = rng.pick(['A141 near Guyhirn', 'A47 at Thorney', 'A1101 near Outwell', 'A605 near Whittlesey', 'A142 near Chatteris']);
          text.say(`${opening(rng, 'police')} at ${timeOfDay(rng, 4, 5)} on ${dayText(day)} a ${minibus.phrase} was stopped on the ${road} carrying ${count(passengers.length + rng.int(6, 9))} passengers in a vehicle with ${count(rng.pick([8, 9, 12]))} seats.`);
          text.say(`The driver, ${driver.text}, had no valid licence and said he was taking the workers to ${farm.text}.`);
          text.say(`Passengers spoken to included ${listed(passengers.map((worker) => worker.text))}; most could not say who employed them or where they lived.`, 'cannot_name_employer', 'unaware_of_address', 'transported_to_work');
          text.maybe(rng, 0.5, 'Several wore trainers and thin jackets in freezing conditions.', 'unsuitable_clothing');
          text.say(`${driver.text} gave his phone number as ${driverPhone.text}.`);
          b.report({
            day,
            source: 'police',
            title: `Minibus stop: ${minibus.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [
              b.link('drives', driver, minibus, 'confirmed', { validFrom: day }),
              b.link('uses_phone', driver, driverPhone, 'confirmed', { validFrom: day }),
              ...passengers.map((worker) => b.link('transported', driver, worker, 'confirmed')),
              ...passengers.slice(0, 2).map((worker) => b.link('works_at', worker, farm, 'unconfirmed')),
            ],
            district,
            occurredBefore: 0,
            personal: true,
          });
          break;
        }
        case 'bank': {
          text.say(`${opening(rng, 'business')} ${count(rng.int(9, 24))} current accounts opened in the last year give ${hmo.text} as the holder's address.`, 'many_unrelated_occupants');
          text.say(`Wages from ${gangmasterFirm.text} are paid into them and withdrawn the same day, often at one cash machine within minutes of each other.`, 'wages_paid_to_others', 'finances_controlled');
          text.say(wife ? `CCTV shows ${wife.text}, the wife of ${gangmaster.text}, making the withdrawals with several cards.` : `CCTV shows ${gangmaster.text} making the withdrawals with several cards.`);
          text.maybe(rng, 0.5, `The mobile number on the accounts is ${gangmasterPhone.text}.`);
          b.report({
            day,
            source: 'business',
            title: `Accounts controlled at ${hmo.text}`,
            text,
            original: maybeOriginal(rng, 'business', base.name, text),
            exploitation: [...EXPLOITATION, 'debt_bondage'],
            supports: wife ? [b.link('family', gangmaster, wife, 'confirmed')] : [],
            district: hmo.district,
          });
          break;
        }
        case 'account': {
          const victim = workers[0]!;
          text.say(`${opening(rng, 'victim')} ${victim.text} answered an advertisement offering farm work in England at £${rng.pick([9, 10, 11])} an hour with free accommodation.`, 'false_promises');
          text.say(`${gangmaster.text} met ${victim.him} at the bus station and took ${victim.his} identity card "to arrange the paperwork"; it was never returned.`, 'no_identity_documents');
          text.say(`${capitalise(victim.he)} works ${rng.int(11, 14)} hours a day at ${farm.text}, is told ${victim.he} owes £${rng.pick([800, 1200, 1500, 2000])} for the journey and rent, and receives about £${rng.pick([30, 50, 60])} a week in cash.`, 'excessive_hours', 'debt_bondage', 'little_or_no_pay');
          text.maybe(rng, 0.6, `${driver.text} collects the workers from ${pickup.text} at ${timeOfDay(rng, 4, 5)}.`, 'transported_to_work');
          text.maybe(rng, 0.5, `Workers who complain are moved to worse housing or threatened.`, 'fear_of_violence', 'moved_between_sites');
          b.report({
            day,
            source: 'victim',
            title: `Victim account: work for ${gangmasterFirm.text}`,
            text,
            original: maybeOriginal(rng, 'victim', base.name, text),
            exploitation: [...EXPLOITATION, 'debt_bondage'],
            supports: [b.link('controls_or_exploits', gangmaster, victim, 'unconfirmed'), b.link('works_at', victim, farm, 'confirmed')],
            district,
            occurredBefore: rng.int(30, 240),
            personal: true,
          });
          break;
        }
        case 'farm': {
          const named = workers.slice(0, 2);
          text.say(`${opening(rng, 'witness')} ${farmManager ? `${farmManager.text}, a manager at ${farm.text},` : `a manager at ${farm.text}`} says ${gangmasterFirm.text} changes the workers it sends every few weeks.`, 'moved_between_sites');
          text.say(`Workers have asked the farm for water and food during shifts, and ${listed(named.map((worker) => worker.text))} were seen with untreated cuts to their hands.`, 'malnourished_unkempt', 'work_injuries');
          text.say(`${gangmaster.text} insists on being paid per head and will not give the workers' details.`, 'spoken_for');
          b.report({
            day,
            source: 'witness',
            title: `Concerns raised by ${grower.text}`,
            text,
            original: maybeOriginal(rng, 'witness', farmTown.name, text),
            exploitation: EXPLOITATION,
            supports: [...named.map((worker) => b.link('works_at', worker, farm, 'confirmed')), ...(farmManager ? [b.link('works_at', farmManager, farm, 'confirmed')] : [])],
            district,
          });
          break;
        }
        case 'anpr': {
          text.say(`${opening(rng, 'technical')} the ${minibus.phrase} travels most days between ${pickup.text} and ${farm.text}, passing ANPR cameras between ${timeOfDay(rng, 4, 5)} and ${timeOfDay(rng, 5, 6)}.`, 'transported_to_work');
          text.say(`A ${car.phrase}, registered to ${gangmaster.text}, follows the same route on most days.`);
          b.report({
            day,
            source: 'technical',
            title: `ANPR: ${minibus.text} and ${car.text}`,
            text,
            exploitation: ['labour'],
            supports: [b.link('visited', minibus, pickup, 'confirmed'), b.link('visited', minibus, farm, 'confirmed'), b.link('registered_keeper', gangmaster, car, 'confirmed')],
            district,
            occurredBefore: rng.int(1, 30),
          });
          break;
        }
        case 'public': {
          const source = rng.weighted([['member_of_public', 6], ['modern_slavery_helpline', 3], ['crimestoppers', 2]] as const);
          text.say(`${opening(rng, source)} groups of ${count(rng.int(10, 25))} people wait at ${pickup.text} every morning at about ${timeOfDay(rng, 4, 5)} and are collected by a ${minibus.phrase}.`, 'transported_to_work');
          text.maybe(rng, 0.6, 'They look exhausted, wear the same clothes every day and some have no coats.', 'malnourished_unkempt', 'same_clothes', 'unsuitable_clothing');
          text.maybe(rng, 0.5, 'The driver shouts at them and they do not speak to anyone.', 'fearful_withdrawn');
          b.report({ day, source, title: `Workers collected at ${pickup.text}`, text, original: maybeOriginal(rng, source, base.name, text), exploitation: ['labour'], supports: [b.link('visited', minibus, pickup, 'unconfirmed')], district: pickup.district });
          break;
        }
        case 'source': {
          text.say(`${opening(rng, 'chis')} ${gangmaster.text} controls several houses of workers in ${base.name} and keeps their bank cards.`, 'finances_controlled');
          if (wife) text.say(`His wife ${wife.text} handles the money and the cards.`);
          text.say(`${gangmaster.text} uses the phone number ${gangmasterPhone.text} and drives a ${car.phrase}.`);
          b.report({
            day,
            source: 'chis',
            title: `Control of workers by ${gangmaster.text}`,
            text,
            original: maybeOriginal(rng, 'chis', base.name, text),
            exploitation: [...EXPLOITATION, 'debt_bondage'],
            supports: [b.link('uses_phone', gangmaster, gangmasterPhone, 'unconfirmed'), b.link('drives', gangmaster, car, 'unconfirmed'), ...(wife ? [b.link('family', gangmaster, wife, 'unconfirmed')] : [])],
            district: hmo.district,
          });
          break;
        }
      }
    }
  },
};
