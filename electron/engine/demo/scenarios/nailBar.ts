/**
 * Labour exploitation in a nail bar: young Vietnamese workers, some of them children whose age
 * is disputed, brought to the UK against a large debt, living in the controller's house and
 * driven to the salon every day (domain.md §4.1).
 */
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { CaseBuilder } from '../caseBuilder';
import type { PersonRef } from '../caseTypes';
import { pounds } from '../dates';
import { address, pickTown } from '../places';
import { capitalise, count, listed, Prose } from '../prose';
import { dayText, maybeOriginal, opening, plan, timeOfDay, type Scenario } from './common';

const NAME_WORDS = ['Lotus', 'Lily', 'Pretty', 'Diamond', 'Luxury', 'Star', 'Queen', 'Glamour', 'VIP', 'Angel', 'Pearl', 'Jade', 'Magic', 'Orchid', 'Sakura', 'Bamboo'];
const NAME_KINDS = ['Nails', 'Nails & Spa', 'Nail Bar', 'Nails & Beauty', 'Nail Studio'];
const EXPLOITATION: readonly ExploitationCode[] = ['nail_bar', 'labour'];

type Beat = 'concern' | 'school' | 'licensing' | 'visit' | 'account' | 'anpr' | 'source' | 'malicious';

export const nailBar: Scenario = {
  code: 'nail_bar',
  weight: 12,
  build(b: CaseBuilder) {
    const { rng } = b;
    const place = pickTown(rng, [
      ['Cambridge', 4], ['Peterborough', 4], ['Huntingdon', 2], ['St Neots', 2], ['Ely', 2], ['St Ives', 2], ['Wisbech', 1], ['March', 1], ['Cambourne', 1], ['Soham', 1],
    ]);
    const beats = plan<Beat>(rng, 'concern', ['school', 'licensing', 'visit', 'account', 'anpr', 'source', 'malicious'], 3, 7);
    if (beats.includes('account') && !beats.includes('visit')) beats.splice(beats.indexOf('account'), 0, 'visit');
    const days = b.timeline(beats.length, rng.int(45, 480));
    const dayOf = (beat: Beat) => days[beats.indexOf(beat)] ?? b.today;
    const identifiedOn = beats.includes('visit') ? dayOf('visit') : undefined;

    const business = b.organisation({ makeName: () => `${rng.pick(NAME_WORDS)} ${rng.pick(NAME_KINDS)}`, sector: 'Nail bar and beauty salon', registered: 0.5 });
    const salon = b.site({ make: () => address(rng, place, 'parade'), siteType: 'nail_bar', name: business.text });
    const home = b.site({ make: () => address(rng, place, 'house'), siteType: 'private_residence' });
    const owner = b.person({ nationality: 'VN', gender: rng.chance(0.6) ? 'female' : 'male', age: [32, 55], category: 'suspect', nickname: rng.chance(0.3) });
    const partner = rng.chance(0.5) ? b.person({ nationality: 'VN', gender: owner.gender === 'female' ? 'male' : 'female', age: [30, 55], category: 'suspect' }) : null;
    const workers: PersonRef[] = [];
    for (let i = 0, n = rng.int(2, 4); i < n; i++) {
      const child = i === 0 && rng.chance(0.4);
      workers.push(
        b.person({
          nationality: 'VN',
          gender: rng.chance(0.8) ? 'female' : 'male',
          age: child ? [15, 17] : [18, 26],
          category: identifiedOn !== undefined && i < 2 ? 'victim' : 'potential_victim',
          dobKnown: child ? 0.2 : 0.6,
          ageDisputed: child,
          ...(identifiedOn !== undefined && i < 2 ? { identifiedOn } : {}),
        }),
      );
    }
    const ownerPhone = b.phone();
    const salonPhone = b.phone('landline');
    const car = b.vehicle({ kind: rng.chance(0.5) ? 'car' : 'van' });
    const child = workers.find((worker) => worker.age < 18) ?? null;
    const district = salon.district;

    for (const beat of beats) {
      const day = dayOf(beat);
      const text = new Prose();
      switch (beat) {
        case 'concern': {
          const source = rng.weighted([['member_of_public', 6], ['modern_slavery_helpline', 3], ['crimestoppers', 1]] as const);
          text.say(`${opening(rng, source)} a young ${child ? 'girl who looks about 15' : 'woman'} doing nails at ${salon.text} speaks no English and did not know the prices.`);
          text.say('When the customer asked where she lived, the owner answered for her.', 'spoken_for');
          text.maybe(rng, 0.6, 'The workers are there from opening until late and eat their meals at the back of the shop.', 'excessive_hours');
          text.maybe(rng, 0.5, 'All payments are taken by the owner; the workers never handle money.', 'little_or_no_pay');
          text.maybe(rng, 0.4, 'The young women looked frightened and would not make eye contact.', 'fearful_withdrawn', 'avoids_eye_contact');
          b.report({
            day,
            source,
            title: `Concern for young worker at ${business.text}`,
            text,
            original: maybeOriginal(rng, source, place.name, text),
            exploitation: ['labour'],
            supports: [b.link('other', business, salon, 'confirmed', { notes: 'Trades from this site.' })],
            district,
          });
          break;
        }
        case 'school': {
          const pupil = child ?? workers[0]!;
          text.say(`${opening(rng, 'partner_agency', 'children’s services (MASH)')} ${pupil.text}, whose age is given as ${pupil.age}, is living at ${home.text} but is not on the roll of any school.`, 'child_not_in_school');
          text.say(`The address is the home of ${owner.text}, who told a social worker that ${pupil.text} is a relative visiting for the holidays.`, 'rehearsed_account');
          text.maybe(rng, 0.6, `${pupil.text} was seen going into ${business.text} at ${timeOfDay(rng, 8, 9)} on a school day.`);
          b.report({
            day,
            source: 'partner_agency',
            title: `Child not in education living at ${home.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [b.link('lives_at', pupil, home, 'unconfirmed'), b.link('lives_at', owner, home, 'confirmed')],
            district: home.district,
            personal: true,
          });
          break;
        }
        case 'licensing': {
          text.say(`${opening(rng, 'partner_agency', 'the district council’s licensing team')} ${business.text} holds a special treatment licence in the name of ${owner.text}.`);
          text.say(`At an inspection on ${dayText(day)} there were ${count(workers.length + rng.int(0, 2))} workers; none was listed on the licence and none could produce a work permit or contract.`, 'no_contract', 'no_identity_documents');
          text.maybe(rng, 0.5, 'Workers were using chemicals without masks or gloves.', 'poor_health_and_safety', 'unsuitable_clothing');
          b.report({
            day,
            source: 'partner_agency',
            title: `Licensing inspection at ${business.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [b.link('directs', owner, business, 'confirmed')],
            district,
          });
          break;
        }
        case 'visit': {
          text.say(`${opening(rng, 'police')} on ${dayText(day)} they visited ${salon.text} with a Vietnamese interpreter.`);
          text.say(`${capitalise(count(workers.length))} workers were present: ${listed(workers.map((worker) => worker.text))}.`);
          text.say('They said they are given food and a bed but no wages, because they still owe money for their journey to the UK.', 'little_or_no_pay', 'debt_bondage');
          if (child) text.say(`${child.text} gave her age as 18 but appears much younger; her age is disputed.`);
          text.say(`All gave their address as ${home.text}, the home of ${owner.text}.`, 'lives_at_workplace');
          text.say(`${owner.text} gave the mobile number ${ownerPhone.text}; the salon's number is ${salonPhone.text}.`);
          text.maybe(rng, 0.5, 'Nobody had a passport; the owner said they were "at home".', 'no_identity_documents');
          b.report({
            day,
            source: 'police',
            title: `Welfare visit at ${business.text}`,
            text,
            exploitation: [...EXPLOITATION, 'debt_bondage'],
            supports: [
              ...workers.map((worker) => b.link('works_at', worker, salon, 'confirmed', { validFrom: day })),
              ...workers.map((worker) => b.link('lives_at', worker, home, 'unconfirmed')),
              b.link('uses_phone', owner, ownerPhone, 'confirmed', { validFrom: day }),
              b.link('uses_phone', business, salonPhone, 'confirmed'),
              b.link('employs', business, workers[0]!, 'unconfirmed'),
            ],
            district,
            occurredBefore: 0,
            personal: true,
          });
          break;
        }
        case 'account': {
          const victim = workers[0]!;
          const debt = rng.pick([18000, 20000, 25000, 30000]);
          text.say(`During a debrief with a Vietnamese interpreter, ${victim.text} disclosed that ${victim.he} travelled overland through Europe and into the UK in a lorry.`);
          text.say(`${capitalise(victim.his)} family borrowed ${pounds(debt)} for the journey and ${victim.he} was told ${victim.he} must work to repay it.`, 'debt_bondage', 'false_promises');
          text.say(`${owner.text} collects the takings at ${business.text} and keeps ${victim.his} earnings; ${victim.he} is not allowed to leave the house alone.`, 'little_or_no_pay', 'kept_in');
          text.maybe(rng, 0.5, `${capitalise(victim.he)} is frightened that ${victim.his} family in Vietnam will be harmed if the debt is not paid.`, 'fear_of_violence');
          b.report({
            day,
            source: 'victim',
            title: `Victim account: ${business.text}`,
            text,
            original: maybeOriginal(rng, 'victim', place.name, text),
            exploitation: [...EXPLOITATION, 'debt_bondage'],
            supports: [b.link('controls_or_exploits', owner, victim, 'unconfirmed'), b.link('works_at', victim, salon, 'confirmed')],
            district,
            occurredBefore: rng.int(30, 300),
            personal: true,
          });
          break;
        }
        case 'anpr': {
          text.say(`${opening(rng, 'technical')} a ${car.phrase} is recorded by ANPR most mornings at ${timeOfDay(rng, 8, 9)} travelling from the area of ${home.text} towards ${business.text}, returning after ${timeOfDay(rng, 20, 21)}.`, 'transported_to_work');
          text.say(`The vehicle is insured to ${partner?.text ?? owner.text}.`);
          const driver = partner ?? owner;
          b.report({
            day,
            source: 'technical',
            title: `ANPR: ${car.text}, ${place.name}`,
            text,
            exploitation: ['labour'],
            supports: [b.link('drives', driver, car, 'unconfirmed'), b.link('visited', car, salon, 'confirmed')],
            district,
            occurredBefore: rng.int(1, 20),
          });
          break;
        }
        case 'source': {
          text.say(`${opening(rng, 'chis')} ${owner.text} brings workers from Vietnam to work in ${business.text} and other salons in ${rng.pick(['Peterborough', 'Cambridge', 'Bedford', 'Luton'])}.`, 'moved_between_sites');
          if (partner) text.say(`${partner.text} is ${owner.his} partner and collects the cash from the salons each week.`);
          text.maybe(rng, 0.5, `Workers who complain are told they will be sent to work on a cannabis farm instead.`, 'fear_of_violence');
          b.report({
            day,
            source: 'chis',
            title: `Supply of workers to ${business.text}`,
            text,
            original: maybeOriginal(rng, 'chis', place.name, text),
            exploitation: EXPLOITATION,
            supports: partner ? [b.link('family', owner, partner, 'unconfirmed')] : [],
            district,
          });
          break;
        }
        case 'malicious': {
          text.say(`${opening(rng, 'member_of_public')} ${owner.text} is keeping girls locked in the basement of ${business.text}.`);
          text.say('Enquiries found the premises has no basement, and the caller is a former business partner in a dispute with the owner.');
          b.report({
            day,
            source: 'member_of_public',
            grade: { source: '3', assessment: 'E' },
            handling: { code: 'P', conditions: '' },
            title: `Allegation about ${business.text}`,
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
