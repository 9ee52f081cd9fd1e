import type { BrandPersonality, SimUser } from './types';

interface BrandSeed {
  id: string;
  username: string;
  name: string;
  client: string;
  description: string;
  createdAt: string;
  location: string;
  url: string;
  followers: number;
  following: number;
  listed: number;
  postsBefore: number;
  verifiedType: 'business' | 'blue';
  personality: BrandPersonality;
}

/**
 * The demo agency's clients. Usernames are fixed (the app's seed uses them); ids are fixed too so they
 * survive a change of seed. Personalities differ on purpose: the world rewards brands that reply.
 */
export const BRAND_SEEDS: readonly BrandSeed[] = [
  {
    id: '573918304',
    username: 'northwindcoffee',
    name: 'Northwind Coffee',
    client: 'Northwind Coffee',
    description: 'Small-batch roasters with cafés in Portland & Seattle. Tag us in your morning cup. Help: @northwindhelp',
    createdAt: '2012-05-14T16:02:11.000Z',
    location: 'Portland, OR',
    url: 'https://northwindcoffee.example',
    followers: 48_200,
    following: 812,
    listed: 410,
    postsBefore: 11_870,
    verifiedType: 'business',
    personality: {
      replyRate: 0.45, postsPerDay: 2, linkShare: 0.35, mentionsPerDay: 16, repostsPerDay: 0.3, quotesPerDay: 0.12,
      growthPerDay: 0.0016, engagement: 1.1, topic: 'coffee', site: 'northwindcoffee.example',
    },
  },
  {
    id: '781249570385059840',
    username: 'northwindhelp',
    name: 'Northwind Coffee Help',
    client: 'Northwind Coffee',
    description: "We're here 7am–9pm PT for orders, subscriptions and café feedback. Real people, fast answers.",
    createdAt: '2016-09-28T21:44:03.000Z',
    location: 'Portland, OR',
    url: 'https://northwindcoffee.example/help',
    followers: 6_100,
    following: 1_204,
    listed: 38,
    postsBefore: 24_310,
    verifiedType: 'business',
    personality: {
      replyRate: 0.92, postsPerDay: 0.6, linkShare: 0.25, mentionsPerDay: 24, repostsPerDay: 0.1, quotesPerDay: 0.05,
      growthPerDay: 0.0042, engagement: 1.5, topic: 'support', site: 'northwindcoffee.example',
    },
  },
  {
    id: '2389475610',
    username: 'lumenbikes',
    name: 'Lumen Bikes',
    client: 'Lumen Bikes',
    description: 'E-bikes built for hills, rain and everything in between. Designed in Denver.',
    createdAt: '2014-03-11T09:15:42.000Z',
    location: 'Denver, CO',
    url: 'https://lumenbikes.example',
    followers: 23_800,
    following: 95,
    listed: 160,
    postsBefore: 6_420,
    verifiedType: 'business',
    personality: {
      replyRate: 0.04, postsPerDay: 3, linkShare: 0.88, mentionsPerDay: 7, repostsPerDay: 0.05, quotesPerDay: 0.02,
      growthPerDay: 0.0002, engagement: 0.45, topic: 'bikes', site: 'lumenbikes.example',
    },
  },
  {
    id: '1517204963',
    username: 'harborhealth',
    name: 'Harbor Health',
    client: 'Harbor Health',
    description: 'Community clinics across the Bay. Not for emergencies: call 911. Booking help 8–6 weekdays.',
    createdAt: '2013-06-22T13:30:00.000Z',
    location: 'Oakland, CA',
    url: 'https://harborhealth.example',
    followers: 15_400,
    following: 340,
    listed: 122,
    postsBefore: 4_980,
    verifiedType: 'business',
    personality: {
      replyRate: 0.3, postsPerDay: 1.4, linkShare: 0.55, mentionsPerDay: 10, repostsPerDay: 0.15, quotesPerDay: 0.05,
      growthPerDay: 0.0011, engagement: 0.8, topic: 'health', site: 'harborhealth.example',
    },
  },
];

export function brandUsers(growthFrom: number): SimUser[] {
  return BRAND_SEEDS.map((seed) => {
    const createdAt = Date.parse(seed.createdAt);
    return {
      id: seed.id,
      username: seed.username,
      name: seed.name,
      description: seed.description,
      createdAt,
      createdAtIso: new Date(createdAt).toISOString(),
      location: seed.location,
      url: seed.url,
      verified: true,
      verifiedType: seed.verifiedType,
      followersBase: seed.followers,
      following: seed.following,
      listed: seed.listed,
      likes: Math.floor(seed.postsBefore * 0.7),
      postsBefore: seed.postsBefore,
      postCount: 0,
      followersBonus: 0,
      kind: 'brand',
      brand: seed.personality,
      growthFrom,
    };
  });
}

export function clientOf(username: string): string | undefined {
  return BRAND_SEEDS.find((b) => b.username === username)?.client;
}
