import { createRng } from '../prng';
import type { SimUser } from './types';

const FIRST = [
  'Maya', 'Jonas', 'Priya', 'Diego', 'Hana', 'Omar', 'Lena', 'Marcus', 'Aiko', 'Sofia', 'Theo', 'Nadia', 'Ravi', 'Clara',
  'Felix', 'Zoe', 'Kwame', 'Ines', 'Mateo', 'Yara', 'Elliot', 'Amara', 'Noah', 'Leila', 'Caleb', 'Mina', 'Tomas', 'Greta',
  'Sam', 'Ada', 'Luca', 'Rosa', 'Ben', 'Iris', 'Kenji', 'Tara', 'Owen', 'Freya', 'Ali', 'June', 'Hugo', 'Esme', 'Dev',
  'Nora', 'Isaac', 'Lucia', 'Finn', 'Aria', 'Emeka', 'Vera', 'Jasper', 'Anya', 'Rafael', 'Sienna', 'Kai', 'Dalia',
];
const LAST = [
  'Okafor', 'Lindqvist', 'Sharma', 'Alvarez', 'Tanaka', 'Haddad', 'Fischer', 'Bell', 'Mori', 'Rossi', 'Nguyen', 'Petrov',
  'Iyer', 'Dubois', 'Wagner', 'Kim', 'Mensah', 'Costa', 'Reyes', 'Farouk', 'Hart', 'Adeyemi', 'Walsh', 'Karimi', 'Brooks',
  'Park', 'Novak', 'Berg', 'Quinn', 'Lovelace', 'Moretti', 'Silva', 'Cohen', 'Sato', 'Patel', 'Murphy', 'Jensen', 'Ortiz',
];
const BIO_PARTS = [
  'coffee first, questions later', 'weekend cyclist', 'nurse on nights', 'product designer', 'dad of two', 'runs on espresso',
  'commuter by bike', 'teacher', 'bay area', 'pnw native', 'amateur baker', 'software engineer', 'he/him', 'she/her',
  'they/them', 'plant collector', 'grad student', 'small business owner', 'views my own', 'climbing & maps',
  'podcast addict', 'home barista', 'public health nerd', 'hill climber', 'photographer', 'retired & busy', 'marathoner',
];
const LOCATIONS = [
  'Portland, OR', 'Seattle, WA', 'Denver, CO', 'Oakland, CA', 'San Francisco, CA', 'Boulder, CO', 'Tacoma, WA',
  'Berkeley, CA', 'Eugene, OR', 'Austin, TX', 'Brooklyn, NY', 'Vancouver, BC',
];

export interface Person {
  user: SimUser;
  /** How talkative the person is; weights who writes the next mention. */
  activity: number;
}

/** A few hundred people with long-tail follower counts, generated from the seed alone. */
export function generatePeople(seed: number | string, count: number, growthFrom: number): Person[] {
  const rng = createRng(seed, 'people');
  const usedNames = new Set<string>();
  const usedIds = new Set<string>();
  const people: Person[] = [];
  const start2009 = Date.UTC(2009, 0, 1);
  const end2025 = Date.UTC(2025, 11, 31);
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    let username = '';
    for (let attempt = 0; !username || usedNames.has(username.toLowerCase()); attempt++) {
      const style = rng.int(0, 4);
      const digits = attempt > 0 || style === 3 ? String(rng.int(1, 999)) : '';
      const base =
        style === 0 ? `${first}${last}` : style === 1 ? `${first}_${last}` : style === 2 ? `${first[0] ?? 'x'}${last}` : `${first}${last[0] ?? ''}`;
      username = (base.toLowerCase() + digits).slice(0, 15);
    }
    usedNames.add(username.toLowerCase());
    const createdAt = Math.floor(start2009 + rng.next() * (end2025 - start2009));
    let id = '';
    while (!id || usedIds.has(id)) {
      id = createdAt < Date.UTC(2015, 0, 1) ? String(rng.int(10_000_000, 2_999_999_999)) : snowflakeLike(createdAt, rng.int(0, 4_000_000));
    }
    usedIds.add(id);
    const followers = Math.min(2_400_000, Math.max(3, Math.floor(rng.logNormal(160, 1.7))));
    const verified = followers > 20_000 ? rng.chance(0.6) : rng.chance(0.06);
    const bio = [rng.pick(BIO_PARTS), rng.pick(BIO_PARTS)].filter((v, idx, all) => all.indexOf(v) === idx).join(' · ');
    const postsBefore = Math.floor(rng.logNormal(900, 1.3));
    const user: SimUser = {
      id,
      username,
      name: `${first} ${last}`,
      description: rng.chance(0.85) ? bio : '',
      createdAt,
      createdAtIso: new Date(createdAt).toISOString(),
      verified,
      verifiedType: verified ? 'blue' : 'none',
      followersBase: followers,
      following: Math.floor(rng.logNormal(300, 1.0)),
      listed: Math.floor(followers / rng.int(60, 200)),
      likes: Math.floor(postsBefore * rng.int(1, 6)),
      postsBefore,
      postCount: 0,
      followersBonus: 0,
      kind: 'person',
      growthFrom,
    };
    if (rng.chance(0.7)) user.location = rng.pick(LOCATIONS);
    people.push({ user, activity: rng.logNormal(1, 0.9) });
  }
  return people;
}

function snowflakeLike(timeMs: number, low: number): string {
  return (((BigInt(timeMs) - 1288834974657n) << 22n) | BigInt(low)).toString();
}
