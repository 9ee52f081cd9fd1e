import { brandUsers } from './brands';
import { generateHistory } from './history';
import { generatePeople, type Person } from './population';
import { World } from './world';

export const HISTORY_DAYS = 90;
export const PEOPLE_COUNT = 400;
const DAY_MS = 86_400_000;

export interface BuiltWorld {
  world: World;
  people: Person[];
  historyPosts: number;
  buildMs: number;
}

/** The seeded world: brand accounts, a few hundred people and (unless `history` is false) 90 days of posts. */
export function buildWorld(seed: number | string, now: number, history: boolean): BuiltWorld {
  const started = performance.now();
  const growthFrom = (Math.floor(now / DAY_MS) - HISTORY_DAYS) * DAY_MS;
  const world = new World();
  for (const brand of brandUsers(growthFrom)) world.addUser(brand);
  const people = generatePeople(seed, PEOPLE_COUNT, growthFrom);
  for (const person of people) world.addUser(person.user);
  const historyPosts = history ? generateHistory(world, people, { seed, now, days: HISTORY_DAYS }) : 0;
  return { world, people, historyPosts, buildMs: performance.now() - started };
}
