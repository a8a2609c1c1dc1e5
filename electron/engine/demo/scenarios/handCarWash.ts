/**
 * Labour exploitation at a hand car wash: workers living in an overcrowded house, driven to the
 * wash early each morning, paid little or nothing against a travel "debt", with the business
 * run by a controller and a manager (domain.md §4.1, §4.4).
 */
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { CaseBuilder } from '../caseBuilder';
import type { PersonRef } from '../caseTypes';
import type { DemoNationality } from '../names';
import { address, pickTown } from '../places';
import { capitalise, count, listed, Prose } from '../prose';
import { pounds } from '../dates';
import { dayText, maybeOriginal, opening, plan, timeOfDay, type Scenario } from './common';

const NAME_WORDS = ['Sparkle', 'Supreme', 'Diamond', 'Crystal', 'Elite', 'Premier', 'Shine', 'Splash', 'Platinum', 'Royal', 'Ultimate', 'Express', 'Star', 'Golden', 'Prestige', 'Gleam', 'Bubbles', 'Fen Valley', 'Riverside', 'Eastside'];
const NAME_KINDS = ['Hand Car Wash', 'Car Wash & Valeting', 'Valet Centre', 'Hand Wash', 'Auto Spa'];
const EXPLOITATION: readonly ExploitationCode[] = ['hand_car_wash', 'labour'];

type Beat = 'concern' | 'housing' | 'anpr' | 'visit' | 'account' | 'bank' | 'source' | 'stop' | 'malicious';

export const handCarWash: Scenario = {
  code: 'hand_car_wash',
  weight: 20,
  build(b: CaseBuilder) {
    const { rng } = b;
    const place = pickTown(rng, [
      ['Peterborough', 5], ['Wisbech', 3], ['March', 2], ['Huntingdon', 2], ['St Neots', 2], ['Cambridge', 2], ['Ely', 1],
      ['Chatteris', 1], ['Whittlesey', 1], ['St Ives', 1], ['Ramsey', 1], ['Soham', 1], ['Yaxley', 1],
    ]);
    const beats = plan<Beat>(rng, 'concern', ['housing', 'anpr', 'visit', 'account', 'bank', 'source', 'stop', 'malicious'], 3, 8);
    if (beats.includes('account') && !beats.includes('visit')) beats.splice(beats.indexOf('account'), 0, 'visit');
    const days = b.timeline(beats.length, rng.int(60, 540));
    const dayOf = (beat: Beat) => days[beats.indexOf(beat)] ?? b.today;
    const identifiedOn = beats.includes('visit') ? dayOf('visit') : undefined;

    const bossNationality = rng.weighted<DemoNationality>([['AL', 5], ['RO', 3], ['BG', 1]]);
    const workerNationality = (): DemoNationality => (rng.chance(0.5) ? bossNationality : rng.pick<DemoNationality>(['RO', 'AL', 'SD', 'ER', 'BG']));
    const business = b.organisation({ makeName: () => `${rng.pick(NAME_WORDS)} ${rng.pick(NAME_KINDS)}`, sector: 'Hand car wash', registered: 0.35 });
    const wash = b.site({ make: () => address(rng, place, rng.chance(0.6) ? 'roadside' : 'unit'), siteType: 'hand_car_wash', name: business.text });
    const house = b.site({ make: () => address(rng, place, 'house'), siteType: 'hmo_shared_house' });
    const boss = b.person({ nationality: bossNationality, gender: 'male', age: [28, 52], category: 'suspect', nickname: rng.chance(0.5) });
    const manager = rng.chance(0.6) ? b.person({ nationality: bossNationality, gender: 'male', age: [22, 40], category: 'suspect' }) : null;
    const workers: PersonRef[] = [];
    for (let i = 0, n = rng.int(2, 5); i < n; i++) {
      workers.push(
        b.person({
          nationality: workerNationality(),
          gender: 'male',
          age: [17, 45],
          category: identifiedOn !== undefined && i < 2 ? 'victim' : 'potential_victim',
          dobKnown: 0.6,
          ...(identifiedOn !== undefined && i < 2 ? { identifiedOn } : {}),
        }),
      );
    }
    const bossPhone = b.phone();
    const washPhone = b.phone('landline');
    const car = b.vehicle({ kind: 'car', country: rng.chance(0.2) ? 'RO' : 'GB' });
    const van = b.vehicle({ kind: 'van', country: rng.chance(0.25) ? rng.pick(['RO', 'BG'] as const) : 'GB' });
    const driver = manager ?? boss;
    const headcount = rng.int(workers.length + 2, workers.length + 8);

    const district = wash.district;
    const named = workers.map((worker) => worker.text);

    for (const beat of beats) {
      const day = dayOf(beat);
      const text = new Prose();
      switch (beat) {
        case 'concern': {
          const source = rng.weighted([['member_of_public', 5], ['crimestoppers', 3], ['modern_slavery_helpline', 2]] as const);
          text.say(`${opening(rng, source)} about ${count(headcount)} men are working at ${wash.text}.`);
          text.sayOne(rng, [
            'They work from early morning until after dark, seven days a week.',
            `They are there from about ${timeOfDay(rng, 7, 8)} until ${timeOfDay(rng, 19, 21)} every day including Sundays.`,
          ], 'excessive_hours');
          text.maybe(rng, 0.7, 'They wear the same clothes every day and have no gloves or boots, even in winter.', 'same_clothes', 'unsuitable_clothing');
          text.maybe(rng, 0.5, 'The men look thin and tired and do not speak to customers; a manager answers any questions.', 'malnourished_unkempt', 'spoken_for');
          text.maybe(rng, 0.5, `The men are dropped off each morning in a ${van.phrase}.`, 'transported_to_work');
          text.maybe(rng, 0.3, 'The caller believes some of the men sleep in a portable cabin at the back of the wash.', 'lives_at_workplace');
          b.report({
            day,
            source,
            title: `Concern for workers at ${business.text}, ${place.name}`,
            text,
            original: maybeOriginal(rng, source, place.name, text),
            exploitation: ['labour'],
            supports: [b.link('other', business, wash, 'confirmed', { notes: 'Trades from this site.' })],
            district,
          });
          break;
        }
        case 'housing': {
          const lives = workers.slice(0, rng.int(1, workers.length));
          text.say(`${opening(rng, 'partner_agency', 'the district council’s private sector housing team')} an inspection of ${house.text} on ${dayText(day)} found ${count(headcount)} men living in a three-bedroom house.`, 'many_unrelated_occupants');
          text.say('Mattresses were on the floor of every room including the lounge, and there was no hot water.', 'poor_housing');
          text.say(`Occupants named included ${listed(lives.map((worker) => worker.text))}, who said they work at a car wash.`);
          const vanSeen = rng.chance(0.6);
          if (vanSeen) text.say(`A ${van.phrase} was parked outside and the occupants said it takes them to work at ${timeOfDay(rng, 6, 7)}.`, 'transported_to_work');
          text.maybe(rng, 0.5, `The tenancy is in the name of ${boss.text}.`);
          b.report({
            day,
            source: 'partner_agency',
            title: `HMO inspection, ${house.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [...lives.map((worker) => b.link('lives_at', worker, house, 'confirmed', { validFrom: day })), ...(vanSeen ? [b.link('visited', van, house, 'confirmed')] : [])],
            district: house.district,
            personal: true,
          });
          break;
        }
        case 'anpr': {
          const road = rng.pick(['A47', 'A141', 'A14', 'A1', 'A605', 'A10', 'A142']);
          text.say(`${opening(rng, 'technical')} a ${van.phrase} was recorded by ANPR on the ${road} on ${rng.int(9, 31)} occasions in the last month, usually between ${timeOfDay(rng, 5, 6)} and ${timeOfDay(rng, 7, 7)}.`, 'transported_to_work');
          text.say(`The pattern fits daily journeys between ${house.text} and ${wash.text}.`);
          const keeper = rng.chance(0.5);
          if (keeper) text.say(`The registered keeper is ${driver.text}.`);
          b.report({
            day,
            source: 'technical',
            title: `ANPR: ${van.text} on the ${road}`,
            text,
            exploitation: ['labour'],
            supports: [b.link('visited', van, wash, 'confirmed'), b.link('visited', van, house, 'unconfirmed'), ...(keeper ? [b.link('registered_keeper', driver, van, 'confirmed')] : [])],
            district,
            occurredBefore: rng.int(1, 30),
          });
          break;
        }
        case 'visit': {
          text.say(`${opening(rng, 'police')} on ${dayText(day)} they attended ${wash.text} with ${rng.pick(['officers from the GLAA', 'Immigration Enforcement', 'council licensing officers'])} to carry out welfare checks.`);
          text.say(`${capitalise(count(workers.length))} workers were spoken to with an interpreter: ${listed(named)}.`);
          text.say(`They said they are paid £${rng.pick([20, 25, 30, 40])} a day in cash, work ${rng.int(10, 13)} hours a day and have no days off.`, 'little_or_no_pay', 'excessive_hours', 'no_contract');
          text.maybe(rng, 0.6, `None had their passport; ${workers[0]!.text} said "the boss keeps them safe".`, 'no_identity_documents');
          text.maybe(rng, 0.5, 'Several were reluctant to speak and looked to the manager before answering.', 'fearful_withdrawn', 'spoken_for');
          text.say(`${boss.text}${boss.alias ? ` (known as "${boss.alias}")` : ''} arrived during the visit and said he runs the business; he gave his mobile number as ${bossPhone.text}.`);
          const landline = rng.chance(0.5);
          if (landline) text.say(`The business phone is ${washPhone.text}.`);
          text.say(`The workers gave their address as ${house.text}.`);
          b.report({
            day,
            source: 'police',
            title: `Welfare visit at ${business.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [
              ...workers.map((worker) => b.link('works_at', worker, wash, 'confirmed', { validFrom: day })),
              ...workers.map((worker) => b.link('lives_at', worker, house, 'unconfirmed')),
              b.link('uses_phone', boss, bossPhone, 'confirmed', { validFrom: day }),
              b.link('directs', boss, business, 'unconfirmed'),
              ...(landline ? [b.link('uses_phone', business, washPhone, 'confirmed')] : []),
            ],
            district,
            occurredBefore: 0,
            personal: true,
          });
          break;
        }
        case 'account': {
          const victim = workers[0]!;
          const debt = rng.pick([1500, 2000, 2500, 3000, 4000]);
          text.say(`${opening(rng, 'victim')} ${victim.text} was recruited in his home country with the promise of a job paying £${rng.pick([60, 70, 80])} a day.`, 'false_promises');
          text.say(`On arrival he was told he owed ${pounds(debt)} for his travel and housing, to be paid back from his wages.`, 'debt_bondage');
          text.say(`${boss.text} took his passport and bank card, and ${driver.text} drove him to and from ${business.text} every day.`, 'no_identity_documents', 'finances_controlled', 'transported_to_work');
          text.maybe(rng, 0.6, `He was told that if he went to the police his family would be hurt.`, 'fear_of_violence', 'fear_of_authorities');
          text.maybe(rng, 0.4, 'He has a burn on his hand from the pressure washer that was never treated.', 'work_injuries', 'untreated_injuries');
          b.report({
            day,
            source: 'victim',
            title: `Victim account: work at ${business.text}`,
            text,
            original: maybeOriginal(rng, 'victim', place.name, text),
            exploitation: [...EXPLOITATION, 'debt_bondage'],
            supports: [b.link('controls_or_exploits', boss, victim, 'unconfirmed'), b.link('transported', driver, victim, 'unconfirmed'), b.link('works_at', victim, wash, 'confirmed')],
            district,
            occurredBefore: rng.int(20, 200),
            personal: true,
          });
          break;
        }
        case 'bank': {
          const paid = workers.slice(0, Math.min(workers.length, rng.int(2, 4)));
          text.say(`${opening(rng, 'business')} wages for ${listed(paid.map((worker) => worker.text))} are paid into accounts that are then emptied within a day by cash withdrawals made by ${driver.text}.`, 'wages_paid_to_others', 'finances_controlled');
          text.maybe(rng, 0.5, `All the accounts were opened on the same day at the same ${place.name} branch, giving the same contact number, ${bossPhone.text}.`);
          b.report({
            day,
            source: 'business',
            title: `Suspicious account activity linked to ${business.text}`,
            text,
            original: maybeOriginal(rng, 'business', place.name, text),
            exploitation: EXPLOITATION,
            supports: paid.map((worker) => b.link('controls_or_exploits', driver, worker, 'tentative')),
            district,
            personal: true,
          });
          break;
        }
        case 'source': {
          text.say(`${opening(rng, 'chis')} ${boss.text} controls the workers at ${business.text} and takes most of their pay.`);
          text.say(`${boss.text} drives a ${car.phrase}.`);
          if (manager) text.say(`${manager.text} is his right-hand man and runs the wash day to day.`);
          text.maybe(rng, 0.5, `The workers are moved to another wash in ${rng.pick(['Peterborough', 'King’s Lynn', 'Bedford', 'Huntingdon'])} when inspections are expected.`, 'moved_between_sites');
          b.report({
            day,
            source: 'chis',
            title: `Control of workers at ${business.text}`,
            text,
            original: maybeOriginal(rng, 'chis', place.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('drives', boss, car, 'unconfirmed'), ...(manager ? [b.link('associate', boss, manager, 'unconfirmed')] : [])],
            district,
          });
          break;
        }
        case 'stop': {
          const passengers = workers.slice(0, rng.int(1, workers.length));
          text.say(`${opening(rng, 'police')} a ${van.phrase} was stopped on ${dayText(day)} at ${timeOfDay(rng, 5, 6)} near ${place.name}.`);
          text.say(driver === boss ? `The driver was ${driver.text}, who gave his number as ${bossPhone.text}.` : `The driver was ${driver.text}.`);
          text.say(`The passengers were ${listed(passengers.map((worker) => worker.text))}, who said they were going to work at the car wash but could not give its address.`, 'transported_to_work', 'unaware_of_address');
          b.report({
            day,
            source: 'police',
            title: `Vehicle stop: ${van.text}`,
            text,
            exploitation: ['labour'],
            supports: [b.link('drives', driver, van, 'confirmed', { validFrom: day }), ...passengers.map((worker) => b.link('transported', driver, worker, 'confirmed'))],
            district,
            occurredBefore: 0,
          });
          break;
        }
        case 'malicious': {
          text.say(`${opening(rng, 'member_of_public')} ${boss.text} is dealing drugs from ${wash.text}.`);
          text.say('The caller runs a competing business nearby and has made similar reports about other car washes; no supporting information has been found.');
          b.report({
            day,
            source: 'member_of_public',
            grade: { source: '3', assessment: 'E' },
            handling: { code: 'P', conditions: '' },
            title: `Allegation against ${business.text}`,
            text,
            exploitation: ['labour'],
            district,
          });
          break;
        }
      }
    }
  },
};
