import type { Rng } from '../prng';
import type { BrandPersonality } from './types';

type Topic = BrandPersonality['topic'];

const VOCAB: Record<string, readonly string[]> = {
  drink: ['oat flat white', 'cold brew', 'cortado', 'honey latte', 'pour-over', 'chai', 'drip coffee'],
  cafe: ['Alberta St', 'Pearl District', 'Capitol Hill', 'Ballard', 'Hawthorne', 'Fremont'],
  bean: ['Ethiopia Guji', 'Colombia Huila', 'winter blend', 'Kenya AA', 'decaf Sumatra'],
  model: ['Lumen Ridge', 'Lumen Metro', 'Lumen Cargo', 'Lumen Trail 2', 'Lumen Fold'],
  hill: ['Lookout Mountain', 'steep driveways', 'the climb up Colfax', 'gravel switchbacks', 'a 12% grade'],
  clinic: ['Fruitvale', 'Lake Merritt', 'Temescal', 'Jack London', 'West Oakland', 'Alameda'],
  n: ['3', '4', '5', '6', '9', '10', '12', '20', '45'],
  order: ['40211', '40987', '41530', '41772', '42018', '42366', '42951'],
};

const MENTIONS: Record<Topic, readonly string[]> = {
  coffee: [
    '@{brand} the {drink} at your {cafe} café made my whole morning',
    '@{brand} any chance the {bean} is coming back? asking for my entire office',
    '@{brand} is the {cafe} café open on the holiday weekend?',
    'best {drink} in town, thank you @{brand}',
    '@{brand} my subscription bag arrived a week late, is something up with shipping?',
    '@{brand} do you sell the {bean} in 1kg bags?',
    'third {drink} today, no regrets @{brand}',
    '@{brand} the line at {cafe} was out the door but worth it',
    '@{brand} would love a decaf option for the {drink}',
  ],
  support: [
    '@{brand} my order #{order} still has not shipped, it has been {n} days',
    '@{brand} how do I pause my subscription while I travel?',
    '@{brand} I was charged twice for order #{order}, can you help?',
    '@{brand} the app keeps logging me out when I try to reorder',
    'thanks @{brand} for sorting out my refund so fast',
    '@{brand} wrong grind in my last bag, I asked for whole bean',
    '@{brand} can I change the delivery address on order #{order}?',
    '@{brand} promo code from the newsletter says expired?',
    '@{brand} gift card balance is not showing at checkout',
  ],
  bikes: [
    '@{brand} does the {model} handle {hill} with a kid seat on the back?',
    '@{brand} battery range on my {model} dropped to {n} km, is that normal in the cold?',
    'just picked up my {model} from @{brand}, first commute tomorrow',
    '@{brand} when is the {model} back in stock?',
    '@{brand} rear brake on my {model} squeaks after rain, tips?',
    'took the {model} up {hill} today and barely broke a sweat @{brand}',
    '@{brand} is there a dealer near Boulder for test rides?',
  ],
  health: [
    '@{brand} are walk-in flu shots available at the {clinic} clinic?',
    '@{brand} I have been on hold for {n} minutes trying to book an appointment',
    '@{brand} what are the hours for {clinic} this weekend?',
    'grateful for the nurses at @{brand} {clinic} today, truly kind people',
    '@{brand} the online portal will not load my test results',
    '@{brand} do you take new patients at {clinic}?',
    '@{brand} parking at {clinic} is impossible, any tips?',
  ],
};

const BRAND_REPLIES: Record<Topic, { praise: readonly string[]; help: readonly string[] }> = {
  coffee: {
    praise: ['Thank you {first}! We will pass that on to the {cafe} crew.', 'That makes our day. See you for the next {drink}!', 'Love hearing this, {first}!'],
    help: [
      'Good news: the {bean} is back on Monday, in 250g and 1kg.',
      'Sorry about that! Our help team can sort it fast: @northwindhelp',
      'Yes, open 8 to 4 on the holiday. Come say hi!',
      'Great idea, {first}. Passing it to the menu team.',
    ],
  },
  support: {
    praise: ['Happy we could help! Enjoy the next bag.', 'Thanks {first}, that means a lot to the team.'],
    help: [
      'So sorry about the wait, {first}. Could you DM us the order number so we can check it right away?',
      'You can pause anytime under Account > Subscription > Pause. Shout if it gives you trouble!',
      'Thanks for flagging this. We have refunded the duplicate charge; it shows in 3 to 5 days.',
      'We are on it. A replacement bag ships today, no need to send the old one back.',
      'Thanks {first}, that code was extended to Sunday. Try again and let us know?',
    ],
  },
  bikes: {
    praise: ['Enjoy the ride, {first}!', 'Love this. Tag us on your next climb!'],
    help: [
      'Hi {first}, the {model} is rated for 12% grades with up to 30 kg on the rack.',
      'Range drops in the cold; keep the battery indoors overnight and it should bounce back.',
      'Restock lands next month. Sign up for alerts on our site!',
    ],
  },
  health: {
    praise: ['Thank you for the kind words, we will share them with the {clinic} team.', 'That means a lot to our nurses, {first}.'],
    help: [
      'Hi {first}, walk-in flu shots run 9 to 4 weekdays at {clinic}. No appointment needed.',
      'We are sorry about the wait. You can also book online, or DM us and we will call you back.',
      '{clinic} is open 9 to 1 on Saturdays and closed Sundays.',
    ],
  },
};

const PRAISE = /thank|best|love|grateful|worth|no regrets|barely|great news|amazing|congrats|perfect|the best/i;

export function isPraise(text: string): boolean {
  return PRAISE.test(text);
}

const REPLY_BACKS = [
  'thanks, that worked!', 'appreciate the quick answer', 'DM sent', 'still waiting, any update?', 'perfect, thank you',
  'oh nice, did not know that', 'will try that tonight', 'you all are the best', 'ok, done. fingers crossed',
  'that is great news', 'hmm, still not working for me', 'thank you for following up',
];

const COMMENTS = [
  'love this', 'finally!', 'this is great news', 'not sure about this one', 'need this', 'take my money',
  'been waiting for this', 'looks amazing', 'how much?', 'any plans for Seattle?', 'congrats to the team',
];

const BRAND_POSTS: Record<Topic, readonly string[]> = {
  coffee: [
    'Fresh roast day. The {bean} is smelling like stone fruit and brown sugar.',
    'What is your go-to order: {drink} or {drink}?',
    'Our {cafe} café turns five this week. Pastries on us Saturday!',
    'Rainy morning, warm {drink}. That is the post.',
  ],
  support: [
    'Heads up: holiday shipping cutoffs are coming. Order by Thursday for delivery before the weekend.',
    'We are here 7am to 9pm PT every day. Ask us anything about orders and subscriptions.',
    'Tip: you can skip a subscription delivery right from the app.',
  ],
  bikes: [
    'The {model} just got a firmware update: smoother assist on {hill}.',
    'Commute math: 14 km, 3 hills, zero parking fees.',
    'Winter riding checklist: lights, fenders, a charged battery.',
  ],
  health: [
    'Flu season is here. Walk-in shots at every Harbor clinic, weekdays 9 to 4.',
    'Reminder: our clinics are not for emergencies. Call 911 if you need urgent help.',
    'New: evening hours at {clinic} on Tuesdays and Thursdays.',
  ],
};

const LINK_POSTS: Record<Topic, readonly string[]> = {
  coffee: ['New on the blog: how we roast the {bean}', 'Shop the winter blend', 'Brew guide: the perfect {drink} at home'],
  support: ['Updated shipping times for this week', 'How subscriptions work, in 2 minutes', 'Our refund policy, explained'],
  bikes: ['Meet the new {model}', 'Spring sale: 15% off the {model}', 'Ride report: {hill} on the {model}', 'Service guide for your {model}'],
  health: ['Book your flu shot online', 'Five questions to ask at your checkup', 'Now hiring nurses at {clinic}', 'Clinic hours this week'],
};

const BRAND_QUOTES = ['This made our week!', 'Love seeing this.', 'Thank you for riding with us!', 'Our team read this twice.'];

export function fill(template: string, rng: Rng, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? rng.pick(VOCAB[key] ?? ['']));
}

export const texts = {
  mention: (rng: Rng, topic: Topic, brand: string) => fill(rng.pick(MENTIONS[topic]), rng, { brand }),
  brandReply: (rng: Rng, topic: Topic, first: string, to: string) =>
    fill(rng.pick(isPraise(to) ? BRAND_REPLIES[topic].praise : BRAND_REPLIES[topic].help), rng, { first }),
  replyBack: (rng: Rng) => rng.pick(REPLY_BACKS),
  comment: (rng: Rng) => rng.pick(COMMENTS),
  brandPost: (rng: Rng, topic: Topic) => fill(rng.pick(BRAND_POSTS[topic]), rng, {}),
  linkPost: (rng: Rng, topic: Topic, site: string) => {
    const title = fill(rng.pick(LINK_POSTS[topic]), rng, {});
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
    return `${title} https://${site}/blog/${slug}?utm_source=x`;
  },
  brandQuote: (rng: Rng) => rng.pick(BRAND_QUOTES),
};
