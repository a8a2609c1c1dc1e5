/**
 * A county line into Peterborough (or another county town): a London line holder running a
 * "deal line" phone, children sent up by train to sell from the flat of a vulnerable local adult
 * whose home has been taken over (cuckooed). Most county lines victims are British children
 * (domain.md §4.5, §7).
 */
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { CaseBuilder } from '../caseBuilder';
import type { PersonRef } from '../caseTypes';
import { pounds } from '../dates';
import { nickname } from '../names';
import { address, HUBS, pickTown, TOWNS } from '../places';
import { capitalise, count, listed, Prose } from '../prose';
import { dayText, maybeOriginal, opening, plan, timeOfDay, type Scenario } from './common';

const EXPLOITATION: readonly ExploitationCode[] = ['county_lines', 'criminal'];
const LONDON_AREAS = ['Tottenham', 'Enfield', 'Hackney', 'Croydon', 'Walthamstow', 'Edmonton', 'Lewisham', 'Brixton'];

type Beat = 'missing' | 'neighbour' | 'stop' | 'bulk' | 'welfare' | 'warrant' | 'source' | 'anpr' | 'account';

export const countyLines: Scenario = {
  code: 'county_lines',
  weight: 20,
  build(b: CaseBuilder) {
    const { rng } = b;
    const place = pickTown(rng, [['Peterborough', 8], ['Wisbech', 2], ['March', 1], ['Huntingdon', 2], ['St Neots', 1], ['Cambridge', 2], ['Whittlesey', 1], ['Ely', 1]]);
    const first = rng.weighted<Beat>([['missing', 3], ['neighbour', 3], ['stop', 2], ['source', 1]]);
    const beats = plan<Beat>(rng, first, (['missing', 'neighbour', 'stop', 'bulk', 'welfare', 'warrant', 'source', 'anpr', 'account'] as Beat[]).filter((beat) => beat !== first), 4, 9);
    if (beats.includes('account') && !beats.includes('stop') && !beats.includes('warrant')) beats.splice(beats.indexOf('account'), 0, 'stop');
    const days = b.timeline(beats.length, rng.int(30, 365));
    const dayOf = (beat: Beat) => days[beats.indexOf(beat)] ?? b.today;
    const contact = beats.find((beat) => beat === 'stop' || beat === 'warrant' || beat === 'missing');
    const identifiedOn = contact ? dayOf(contact) : undefined;

    const lineName = nickname(rng, 'GB') ?? 'Tiny';
    const london = rng.pick(LONDON_AREAS);
    const hubDef = HUBS.find((hub) => hub.town === place.name) ?? HUBS[0]!;
    const station = b.hub(hubDef, TOWNS[hubDef.town].district);
    const trap = b.site({ make: () => address(rng, place, 'flat'), siteType: 'trap_house' });
    const holder = b.person({ nationality: 'GB', gender: 'male', age: [19, 28], category: 'suspect', nickname: true });
    const local = rng.chance(0.6) ? b.person({ nationality: 'GB', gender: 'male', age: [18, 30], category: 'suspect' }) : null;
    const runners: PersonRef[] = [];
    for (let i = 0, n = rng.int(1, 3); i < n; i++) {
      const victim = identifiedOn !== undefined && i === 0;
      runners.push(
        b.person({
          nationality: 'GB',
          gender: rng.chance(0.8) ? 'male' : 'female',
          age: [14, 17],
          category: victim ? 'victim' : 'potential_victim',
          dobKnown: 0.9,
          ...(victim ? { identifiedOn } : {}),
        }),
      );
    }
    const tenant = b.person({ nationality: 'GB', gender: rng.chance(0.6) ? 'male' : 'female', age: [35, 64], category: identifiedOn !== undefined ? 'victim' : 'potential_victim', dobKnown: 0.95, ...(identifiedOn !== undefined ? { identifiedOn } : {}) });
    const dealLine = b.phone();
    const holderPhone = b.phone();
    const runnerPhone = b.phone();
    const car = b.vehicle({ kind: 'small-car' });
    const runner = runners[0]!;
    const district = trap.district;
    const line = `the "${lineName}" line`;

    for (const beat of beats) {
      const day = dayOf(beat);
      const text = new Prose();
      switch (beat) {
        case 'missing': {
          text.say(`${opening(rng, 'partner_agency', 'children’s services in London')} ${runner.text}, aged ${runner.age}, has been reported missing from home in ${london} ${count(rng.int(2, 6))} times in two months.`);
          text.say(`On the last occasion ${runner.he} was found at ${station.text} with ${pounds(rng.int(200, 900))} in cash and a second phone.`);
          text.say(`${capitalise(runner.he)} has not attended school for several weeks.`, 'child_not_in_school');
          text.maybe(rng, 0.5, `${capitalise(runner.he)} would not say who ${runner.he} was with and said ${runner.he} "owes people".`, 'debt_bondage', 'does_not_self_identify');
          b.report({
            day,
            source: 'partner_agency',
            title: `Missing child found at ${station.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [b.link('visited', runner, station, 'confirmed', { validFrom: day })],
            district: station.district,
            personal: true,
          });
          break;
        }
        case 'neighbour': {
          text.say(`${opening(rng, 'member_of_public')} there is a steady stream of visitors to ${trap.text}, day and night, who stay only a few minutes.`, 'short_stay_visitors');
          text.say(`The tenant, ${tenant.text}, is rarely seen now, and young men with London accents have been staying there.`, 'spoken_for');
          text.maybe(rng, 0.5, `${tenant.text} looked frightened and had a black eye last week.`, 'untreated_injuries', 'fearful_withdrawn');
          b.report({
            day,
            source: 'member_of_public',
            title: `Suspected drug dealing from ${trap.text}`,
            text,
            original: maybeOriginal(rng, 'member_of_public', place.name, text),
            exploitation: ['criminal'],
            supports: [b.link('lives_at', tenant, trap, 'confirmed')],
            district,
          });
          break;
        }
        case 'stop': {
          text.say(`${opening(rng, 'police')} on ${dayText(day)} at ${timeOfDay(rng, 14, 22)} ${runner.text}, aged ${runner.age}, from ${london}, was stopped near ${trap.text}.`);
          text.say(`${capitalise(runner.he)} had ${rng.int(8, 30)} wraps of suspected crack cocaine and heroin and two phones: ${dealLine.text}, which received ${rng.int(12, 60)} calls while officers were present, and a personal phone, ${runnerPhone.text}.`);
          text.say(`${capitalise(runner.he)} said ${runner.he} had come up from London by train to "visit a friend".`, 'rehearsed_account');
          text.say(`${capitalise(runner.he)} was safeguarded as a potential victim of criminal exploitation and an NRM referral was made.`);
          b.report({
            day,
            source: 'police',
            title: `Child stopped with deal line phone, ${place.name}`,
            text,
            exploitation: EXPLOITATION,
            supports: [b.link('uses_phone', runner, dealLine, 'confirmed', { validFrom: day }), b.link('uses_phone', runner, runnerPhone, 'confirmed', { validFrom: day }), b.link('visited', runner, trap, 'unconfirmed')],
            district,
            occurredBefore: 0,
            personal: true,
            mopi: rng.chance(0.4) ? 2 : 3,
          });
          break;
        }
        case 'bulk': {
          text.say(`${opening(rng, 'technical')} ${dealLine.text} has sent bulk "marketing" messages to ${rng.int(80, 400)} numbers in the ${place.name} area, advertising ${line} and its prices.`);
          text.say(`Cell-site data puts the handset in ${place.name} during the day and the number is topped up from ${london}.`);
          const attributed = rng.chance(0.6);
          if (attributed) text.say(`The handset has been in contact with ${holderPhone.text}, attributed to ${holder.text}, ${rng.int(40, 300)} times.`);
          b.report({
            day,
            source: 'technical',
            title: `Deal line ${dealLine.text} (${lineName})`,
            text,
            exploitation: EXPLOITATION,
            supports: attributed ? [b.link('uses_phone', holder, holderPhone, 'confirmed')] : [],
            district,
            occurredBefore: rng.int(1, 20),
          });
          break;
        }
        case 'welfare': {
          text.say(`${opening(rng, 'partner_agency', 'adult social care')} ${tenant.text}, who has a history of substance misuse, told a support worker that young men have taken over ${tenant.his} flat at ${trap.text}.`, 'kept_in');
          text.say(`${capitalise(tenant.he)} is given drugs in return for letting them stay and is afraid to ask them to leave.`, 'fear_of_violence');
          text.maybe(rng, 0.5, `One of the men is called "${holder.alias ?? lineName}".`);
          b.report({
            day,
            source: 'partner_agency',
            title: `Cuckooing concern, ${trap.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [b.link('lives_at', tenant, trap, 'confirmed')],
            district,
            personal: true,
          });
          break;
        }
        case 'warrant': {
          const present = runners.slice(0, rng.int(1, runners.length));
          text.say(`${opening(rng, 'police')} a drugs warrant was executed at ${trap.text} on ${dayText(day)}.`);
          text.say(`Present were the tenant, ${tenant.text}, and ${listed(present.map((person) => person.text))}, aged ${listed(present.map((person) => String(person.age)))}.`);
          text.say(`${capitalise(count(rng.int(2, 4)))} phones were seized, including ${dealLine.text}, with a quantity of wraps, scales and ${pounds(rng.int(400, 3000))} in cash.`);
          if (local) text.say(`${local.text}, a local man, was arrested at the address.`);
          text.say('The children were safeguarded and NRM referrals made; the tenant was referred to adult safeguarding.');
          b.report({
            day,
            source: 'police',
            title: `Drugs warrant at ${trap.text}`,
            text,
            exploitation: EXPLOITATION,
            supports: [...present.map((person) => b.link('visited', person, trap, 'confirmed', { validFrom: day })), b.link('lives_at', tenant, trap, 'confirmed'), ...(local ? [b.link('visited', local, trap, 'confirmed')] : [])],
            district,
            occurredBefore: 0,
            personal: true,
            mopi: 2,
          });
          break;
        }
        case 'source': {
          text.say(`${opening(rng, 'chis')} ${line} is run from ${london} by ${holder.text}${holder.alias ? `, known as "${holder.alias}"` : ''}.`);
          text.say(`He sends young people to ${place.name} by train to sell from ${trap.text} and keeps them there for a week at a time.`, 'moved_between_sites');
          if (local) text.say(`${local.text} collects the money locally and supplies the runners.`);
          const drives = rng.chance(0.5);
          if (drives) text.say(`${holder.text} drives a ${car.phrase} when he comes up himself.`);
          b.report({
            day,
            source: 'chis',
            title: `${capitalise(line.replace(/^the /, ''))}: ${place.name}`,
            text,
            original: maybeOriginal(rng, 'chis', place.name, text),
            exploitation: EXPLOITATION,
            supports: [...(local ? [b.link('associate', holder, local, 'unconfirmed')] : []), ...(drives ? [b.link('drives', holder, car, 'unconfirmed')] : [])],
            district,
          });
          break;
        }
        case 'anpr': {
          text.say(`${opening(rng, 'technical')} a ${car.phrase}, a hire car, travelled from London to ${place.name} on the ${rng.pick(['A1(M)', 'M11 and A14', 'A1'])} ${count(rng.int(3, 9))} times in a month, staying a few hours each time.`);
          text.say(`It was hired by ${holder.text} and was recorded near ${station.text}.`);
          b.report({
            day,
            source: 'technical',
            title: `ANPR: hire car ${car.text}`,
            text,
            exploitation: ['criminal'],
            supports: [b.link('drives', holder, car, 'confirmed'), b.link('visited', car, station, 'confirmed')],
            district,
            occurredBefore: rng.int(1, 30),
          });
          break;
        }
        case 'account': {
          text.say(`In a safeguarding interview, ${runner.text} said ${runner.he} was recruited by ${holder.text} in ${london} with the promise of easy money and new clothes.`, 'false_promises');
          text.say(`After ${runner.he} was robbed of drugs and cash, ${holder.text} told ${runner.him} ${runner.he} owed ${pounds(rng.pick([500, 800, 1200, 2000]))} and would have to work it off in ${place.name}.`, 'debt_bondage');
          text.say(`${capitalise(runner.he)} stayed at ${trap.text} for days at a time and was threatened with a knife when ${runner.he} asked to go home.`, 'fear_of_violence', 'kept_in');
          text.say(`Instructions came from ${dealLine.text}, which is answered by "${holder.alias ?? lineName}".`);
          b.report({
            day,
            source: 'victim',
            title: `Child's account of exploitation on ${line}`,
            text,
            original: maybeOriginal(rng, 'victim', place.name, text),
            exploitation: EXPLOITATION,
            supports: [b.link('recruited', holder, runner, 'unconfirmed'), b.link('controls_or_exploits', holder, runner, 'unconfirmed'), b.link('uses_phone', holder, dealLine, 'unconfirmed')],
            district,
            occurredBefore: rng.int(10, 120),
            personal: true,
            mopi: 2,
          });
          break;
        }
      }
    }
  },
};
