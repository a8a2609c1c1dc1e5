/**
 * Criminal exploitation in a cannabis grow in a rented house: a young Vietnamese "gardener"
 * locked in to tend the plants against a debt, controllers who rented the house in a false name
 * and visit at night (domain.md §4.1: cannabis cultivation is the largest category of criminal
 * exploitation).
 */
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { CaseBuilder } from '../caseBuilder';
import type { DemoNationality } from '../names';
import { pounds } from '../dates';
import { address, pickTown } from '../places';
import { count, Prose } from '../prose';
import { dayText, maybeOriginal, opening, plan, timeOfDay, type Scenario } from './common';

const AGENT_WORDS = ['Wrenmere', 'Harrowfen', 'Larkmead', 'Cattail', 'Brookholme', 'Ashcombe', 'Fenbridge', 'Milestone', 'Oakhithe', 'Sedgewick'];
const AGENT_KINDS = ['Lettings', 'Property Management', 'Residential Lettings', 'Homes'];
const EXPLOITATION: readonly ExploitationCode[] = ['cannabis_cultivation', 'criminal'];

type Beat = 'anonymous' | 'neighbour' | 'utility' | 'agent' | 'warrant' | 'account' | 'anpr' | 'source';

export const cannabisGrow: Scenario = {
  code: 'cannabis_grow',
  weight: 16,
  build(b: CaseBuilder) {
    const { rng } = b;
    const place = pickTown(rng, [
      ['Peterborough', 4], ['Huntingdon', 2], ['St Neots', 2], ['Cambridge', 2], ['Wisbech', 2], ['March', 2], ['Ramsey', 1], ['Chatteris', 1], ['Soham', 1],
      ['Cambourne', 1], ['Yaxley', 1], ['St Ives', 1], ['Whittlesey', 1], ['Littleport', 1], ['Sawston', 1], ['Northstowe', 1], ['Godmanchester', 1],
    ]);
    const first = rng.weighted<Beat>([['anonymous', 4], ['neighbour', 3], ['utility', 2]]);
    const beats = plan<Beat>(rng, first, (['anonymous', 'neighbour', 'utility', 'agent', 'warrant', 'account', 'anpr', 'source'] as Beat[]).filter((beat) => beat !== first), 3, 7);
    if (beats.includes('account') && !beats.includes('warrant')) beats.splice(beats.indexOf('account'), 0, 'warrant');
    const days = b.timeline(beats.length, rng.int(30, 300));
    const dayOf = (beat: Beat) => days[beats.indexOf(beat)] ?? b.today;
    const identifiedOn = beats.includes('warrant') ? dayOf('warrant') : undefined;

    const controllerNationality = rng.weighted<DemoNationality>([['AL', 5], ['VN', 4]]);
    const house = b.site({ make: () => address(rng, place, 'house'), siteType: 'cannabis_farm' });
    const agent = b.organisation({ makeName: () => `${rng.pick(AGENT_WORDS)} ${rng.pick(AGENT_KINDS)}`, sector: 'Letting agent', registered: 0.7 });
    const gardener = b.person({
      nationality: 'VN',
      gender: 'male',
      age: [15, 24],
      category: identifiedOn !== undefined ? 'victim' : 'potential_victim',
      dobKnown: 0.3,
      ageDisputed: rng.chance(0.5),
      ...(identifiedOn !== undefined ? { identifiedOn } : {}),
    });
    const controller = b.person({ nationality: controllerNationality, gender: 'male', age: [24, 45], category: 'suspect', nickname: rng.chance(0.4) });
    const tenant = b.person({ nationality: controllerNationality, gender: rng.chance(0.7) ? 'male' : 'female', age: [22, 40], category: 'suspect', dobKnown: 0.9 });
    const controllerPhone = b.phone();
    const gardenerPhone = b.phone();
    const car = b.vehicle({ kind: 'car' });
    const van = rng.chance(0.5) ? b.vehicle({ kind: 'van' }) : null;
    const plants = rng.int(80, 650);
    const district = house.district;

    for (const beat of beats) {
      const day = dayOf(beat);
      const text = new Prose();
      switch (beat) {
        case 'anonymous': {
          text.say(`${opening(rng, 'crimestoppers')} cannabis is being grown at ${house.text}.`);
          text.say('There is a strong smell of cannabis, the upstairs windows are blacked out and a fan runs day and night.', 'cannabis_farm_signs');
          text.maybe(rng, 0.5, 'Nobody seems to live there but a light is on all the time.');
          b.report({ day, source: 'crimestoppers', title: `Suspected cannabis grow, ${house.text}`, text, exploitation: ['criminal'], district });
          break;
        }
        case 'neighbour': {
          text.say(`${opening(rng, 'member_of_public')} men visit ${house.text} late at night, usually after ${timeOfDay(rng, 22, 23)}, in a ${car.phrase}.`);
          text.say('They stay a few minutes and carry bags in and out.');
          text.maybe(rng, 0.6, 'The caller has seen a young Asian male at an upstairs window but never outside the house.', 'kept_in');
          text.maybe(rng, 0.5, 'The windows are always covered and run with condensation.', 'cannabis_farm_signs');
          b.report({
            day,
            source: 'member_of_public',
            title: `Night-time visitors to ${house.text}`,
            text,
            original: maybeOriginal(rng, 'member_of_public', place.name, text),
            exploitation: ['criminal'],
            supports: [b.link('visited', car, house, 'unconfirmed')],
            district,
          });
          break;
        }
        case 'utility': {
          text.say(`${opening(rng, 'business')} the electricity meter at ${house.text} has been bypassed, with an estimated ${rng.int(3, 9)},000 kWh of unmetered use.`, 'cannabis_farm_signs');
          text.say('Engineers were refused entry by a male who said he did not speak English.');
          b.report({ day, source: 'business', title: `Electricity abstraction at ${house.text}`, text, original: maybeOriginal(rng, 'business', place.name, text), exploitation: ['criminal'], district });
          break;
        }
        case 'agent': {
          text.say(`${opening(rng, 'business')} ${house.text} is let through ${agent.text} to ${tenant.text}, who paid six months' rent in cash in advance.`);
          text.say(`The identity document and references provided have since been found to be false; the contact number given was ${controllerPhone.text}.`);
          text.maybe(rng, 0.5, 'The landlord has not been allowed in for an inspection.');
          b.report({
            day,
            source: 'business',
            title: `Tenancy concerns, ${house.text}`,
            text,
            original: maybeOriginal(rng, 'business', place.name, text),
            exploitation: ['criminal'],
            supports: [b.link('other', agent, house, 'confirmed', { notes: 'Letting agent for the property.' }), b.link('lives_at', tenant, house, 'tentative')],
            district,
          });
          break;
        }
        case 'warrant': {
          text.say(`${opening(rng, 'police')} a warrant was executed at ${house.text} on ${dayText(day)}.`);
          text.say(`A cannabis grow of about ${plants} plants was found across ${count(rng.int(2, 5))} rooms, with the electricity bypassed.`, 'cannabis_farm_signs');
          text.say(`${gardener.text}, who gave his age as ${gardener.age}, was found inside; the back door was padlocked from the outside and he was sleeping on a mattress in the loft.`, 'kept_in', 'poor_housing');
          text.say(`He had a basic phone, ${gardenerPhone.text}, with a single saved contact: ${controllerPhone.text}.`);
          text.maybe(rng, 0.6, 'He appeared malnourished and frightened and asked whether he would be sent home.', 'malnourished_unkempt', 'fearful_withdrawn', 'fear_of_deportation');
          text.say('He was treated as a potential victim of modern slavery and referred to the NRM.');
          b.report({
            day,
            source: 'police',
            title: `Warrant: cannabis grow at ${house.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [b.link('lives_at', gardener, house, 'confirmed', { validFrom: day }), b.link('uses_phone', gardener, gardenerPhone, 'confirmed', { validFrom: day })],
            district,
            occurredBefore: 0,
            personal: true,
            mopi: rng.chance(0.3) ? 2 : 3,
          });
          break;
        }
        case 'account': {
          const debt = rng.pick([15000, 20000, 25000, 28000]);
          text.say(`During a debrief with a Vietnamese interpreter, ${gardener.text} disclosed that he was brought to the UK in a lorry and told he owed ${pounds(debt)}.`, 'debt_bondage');
          text.say(`A man he knows as ${controller.alias ? `"${controller.alias}", identified as ${controller.text},` : controller.text} took him to the house, told him to water the plants and locked him in.`, 'kept_in');
          text.say(`${controller.text} brought food once a week and called him from ${controllerPhone.text}.`, 'malnourished_unkempt');
          text.maybe(rng, 0.6, 'He was told that if he ran away his family in Vietnam would pay.', 'fear_of_violence');
          text.maybe(rng, 0.4, 'He does not see himself as a victim and says he chose to come.', 'does_not_self_identify');
          b.report({
            day,
            source: 'victim',
            title: `Victim account: cannabis grow, ${place.name}`,
            text,
            original: maybeOriginal(rng, 'victim', place.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('controls_or_exploits', controller, gardener, 'unconfirmed'), b.link('uses_phone', controller, controllerPhone, 'unconfirmed'), b.link('transported', controller, gardener, 'tentative')],
            district,
            occurredBefore: rng.int(20, 200),
            personal: true,
          });
          break;
        }
        case 'anpr': {
          text.say(`${opening(rng, 'technical')} the ${car.phrase} has been recorded by ANPR near ${house.text} on ${rng.int(5, 20)} nights in the last two months, usually after ${timeOfDay(rng, 22, 23)}.`);
          text.say(`It is registered to ${controller.text}.`);
          if (van) text.say(`A ${van.phrase} was recorded with it on two nights.`);
          b.report({
            day,
            source: 'technical',
            title: `ANPR: ${car.text} near ${place.name}`,
            text,
            exploitation: ['criminal'],
            supports: [b.link('registered_keeper', controller, car, 'confirmed'), b.link('visited', car, house, 'confirmed'), ...(van ? [b.link('visited', van, house, 'unconfirmed')] : [])],
            district,
            occurredBefore: rng.int(1, 30),
          });
          break;
        }
        case 'source': {
          text.say(`${opening(rng, 'chis')} ${controller.text} runs ${count(rng.int(2, 5))} cannabis grows in rented houses around ${place.name} and uses young Vietnamese males to tend them.`, 'moved_between_sites');
          text.say(`${tenant.text} rents the houses in false names for ${controller.text}.`);
          text.maybe(rng, 0.5, `${controller.text} uses the number ${controllerPhone.text}.`);
          b.report({
            day,
            source: 'chis',
            title: `Cannabis grows run by ${controller.text}`,
            text,
            original: maybeOriginal(rng, 'chis', place.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('associate', controller, tenant, 'unconfirmed')],
            district,
          });
          break;
        }
      }
    }
  },
};
