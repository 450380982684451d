import type { SectionKind } from '../shared/sections'

/** A paragraph of plain text, or a bulleted list. */
export type DemoBlock = string | { bullets: string[] }

export interface DemoFigure {
  alt: string
  caption: string
  credit: string
  /** Two hex colours; the seed paints a gradient image from them with sharp. */
  palette: [string, string]
}

export interface DemoSection {
  kind: SectionKind
  /** Overrides the printed label, e.g. "How it worked". */
  label?: string
  /** Required for the generic `section` kind only. */
  heading?: string
  body: DemoBlock[]
}

export interface DemoStory {
  headline: string
  dek: string
  authors: string[]
  tags: string[]
  hero: DemoFigure
  sections: DemoSection[]
}

export interface DemoLetter {
  greeting: string
  beforeFigure: DemoBlock[]
  figure: DemoFigure
  afterFigure: DemoBlock[]
  signOff: string
}

export interface DemoSponsor {
  name: string
  url: string
  headline: string
  copy: string
  ctaLabel: string
  ctaUrl: string
  logo: DemoFigure
}

export interface DemoIssue {
  number: number
  title: string
  subjectLine: string
  preheader: string
  publishDate: string
}

export interface DemoNewsletter {
  name: string
  tagline: string
  subscribeUrl: string
  senderName: string
  senderEmail: string
  footerText: string
}

export const demoNewsletter: DemoNewsletter = {
  name: 'The Weekly Gradient',
  tagline: 'Machine learning news, research and perspective, one step at a time.',
  subscribeUrl: 'https://example.com/subscribe',
  senderName: 'The Weekly Gradient Team',
  senderEmail: 'editors@example.com',
  footerText:
    'You are receiving The Weekly Gradient because you subscribed at example.com. The Weekly Gradient is written by a small team of engineers and editors who believe that steady progress beats sudden leaps.',
}

export const demoIssue: DemoIssue = {
  number: 142,
  title: 'Write Down Your Guess First',
  subjectLine: 'Predict before you measure, reasoning in shorthand, buses that run on time',
  preheader:
    'Plus: weed-spotting tractors, ship logs turned into climate data, and wind forecasts that pay.',
  publishDate: '2026-11-20T09:00:00.000Z',
}

export const demoLetter: DemoLetter = {
  greeting: 'Dear friends,',
  beforeFigure: [
    'Before I launch a training run these days, I open a plain text file and write one line: what I expect the result to be, and why. It takes less than a minute. Over the past year, this small habit has taught me more about my own intuitions than any dashboard.',
    'Machine learning rewards quick iteration. Change a learning rate, rerun, glance at the loss curve, try again. That loop is powerful, but it has a blind spot. When the number comes back, it is all too easy to tell yourself that you saw it coming. Without a written prediction, every outcome feels obvious in hindsight, and you never find out where your mental model of the system is wrong.',
    'A few months ago, my team started logging predictions for every experiment we ran on a retrieval project. The chart below compares what we guessed with what we measured.',
  ],
  figure: {
    alt: 'Scatter plot of predicted versus measured accuracy for twelve experiments, with most points falling below the diagonal line',
    caption:
      'Our guesses were optimistic in nine of twelve experiments, especially when we changed the data rather than the model.',
    credit: 'Chart: The Weekly Gradient',
    palette: ['#264653', '#e9c46a'],
  },
  afterFigure: [
    'We were too optimistic most of the time, and the misses were not random. They clustered around a few kinds of changes. Writing predictions down revealed patterns that I would have sworn we didn’t have:',
    {
      bullets: [
        'We overestimated the benefit of adding more data that was only loosely related to the task. Cleaner, smaller datasets usually beat bigger, noisier ones.',
        'We underestimated how much a better evaluation set would change our conclusions. Several “improvements” vanished once we tested on harder examples.',
        'We were most accurate when predicting the effect of hyperparameter tweaks, which happen to be the changes that matter least.',
      ],
    },
    'None of this requires special tools. A shared document, a spreadsheet or a comment at the top of a config file will do. What matters is that the guess is recorded before the result arrives, so you can’t quietly revise it afterward.',
    'If you try this, I’d love to hear what you learn about your own blind spots. I suspect many of us are better at running experiments than at predicting them, and closing that gap is one of the fastest ways to become a more effective engineer.',
  ],
  signOff: 'Keep learning!',
}

export const demoStories: DemoStory[] = [
  {
    headline: 'Reasoning in Shorthand',
    dek: 'A compact language model learned to think in fewer tokens without losing accuracy.',
    authors: ['Maren Holloway'],
    tags: ['reasoning', 'efficiency', 'research'],
    hero: {
      alt: 'Two columns of handwritten notes, the left one long and dense and the right one short with arrows and symbols',
      caption: 'Halden’s model trims its step-by-step reasoning to the essentials.',
      credit: 'Illustration: The Weekly Gradient',
      palette: ['#1d3557', '#a8dadc'],
    },
    sections: [
      {
        kind: 'whatsNew',
        body: [
          'Researchers at Halden Research, a fictional nonprofit lab, trained a 3-billion-parameter language model to solve math and logic problems using reasoning traces that are roughly one-third as long as those of comparable models. They call the system Terse.',
        ],
      },
      {
        kind: 'keyInsight',
        body: [
          'Much of a model’s written reasoning restates the problem, repeats intermediate values or hedges. If a model is rewarded for reaching the right answer with fewer tokens, it can learn which steps actually carry information and drop the rest.',
        ],
      },
      {
        kind: 'howItWorks',
        body: [
          'The team started with an open model that had already been fine-tuned to reason step by step. They then trained it further with reinforcement learning on a mix of arithmetic word problems, logic puzzles and short coding tasks.',
          {
            bullets: [
              'Each correct answer earned a reward that shrank as the reasoning trace grew longer. Incorrect answers earned nothing, regardless of length.',
              'To keep the model from skipping steps it needed, the length penalty kicked in only after a trace exceeded the median length of correct traces for that problem type.',
              'A separate checker verified that each shortened trace still led logically to its answer.',
            ],
          },
        ],
      },
      {
        kind: 'results',
        body: [
          'On a held-out set of grade-school and competition math problems, Terse matched the accuracy of its starting model while producing traces 64 percent shorter on average. Inference cost fell by a similar margin. On the hardest problems, however, it lost about 2 percentage points of accuracy, which suggests that some long traces were doing real work.',
        ],
      },
      {
        kind: 'whyItMatters',
        body: [
          'Reasoning models are expensive to run because they generate so many tokens before answering. Cutting that output by two-thirds without hurting accuracy on most tasks could make step-by-step reasoning affordable for applications that currently can’t justify the cost.',
        ],
      },
      {
        kind: 'wereThinking',
        body: [
          'Shorter reasoning is cheaper, but it can also be harder for people to read and audit. We’d like to see whether the shorthand remains understandable to humans, or whether models drift toward a private dialect only they can follow.',
        ],
      },
    ],
  },
  {
    headline: 'The Bus Schedule That Rewrote Itself',
    dek: 'A mid-sized port city let a forecasting model redraw its bus timetable every week for six months.',
    authors: ['Tobias Brennick', 'Ana Lucero'],
    tags: ['transportation', 'forecasting', 'government'],
    hero: {
      alt: 'A city bus pulling up to a covered stop at dusk while passengers check a digital arrival board',
      caption: 'Riders in Port Averil saw timetable changes every Monday during the pilot.',
      credit: 'Photo illustration: The Weekly Gradient',
      palette: ['#3d405b', '#f2cc8f'],
    },
    sections: [
      {
        kind: 'whatsNew',
        body: [
          'Port Averil, a fictional coastal city of about 400,000 people, wrapped up a six-month pilot in which a demand-forecasting model set weekly timetables for 18 of its bus routes. The transit authority says average waits fell and crowding on peak buses eased.',
        ],
      },
      {
        kind: 'howItWorks',
        label: 'How it worked',
        body: [
          'The city worked with Quayline Analytics, a local software firm, to build a model that predicted boardings at each stop in 15-minute windows for the following week.',
          {
            bullets: [
              'The model drew on anonymized fare-card taps, weather forecasts, school calendars, cruise ship arrivals and events at the city’s stadium.',
              'An optimization step turned the forecasts into timetables, subject to constraints such as driver shift rules, depot capacity and a minimum frequency on every route.',
              'Planners reviewed each proposed timetable and could override any change before it was published.',
            ],
          },
        ],
      },
      {
        kind: 'behindTheNews',
        body: [
          'Port Averil’s ridership had not recovered from a series of service cuts, and the city could not afford more drivers. Officials hoped that moving existing buses to where riders actually were would do more than adding service blindly. Planners overrode about one in ten proposed changes, most often to protect routes that serve hospitals and night-shift workers.',
        ],
      },
      {
        kind: 'whyItMatters',
        body: [
          'Most transit agencies revise schedules a few times a year, which leaves buses half empty on some runs and packed on others. Weekly, forecast-driven schedules show that public services can adapt to demand without a bigger budget, as long as people remain in the loop to guard priorities that the data doesn’t capture.',
        ],
      },
      {
        kind: 'wereThinking',
        body: [
          'Frequent schedule changes can frustrate riders who depend on a routine. The next step should be measuring how well people kept up with a timetable that moved every week.',
        ],
      },
    ],
  },
  {
    headline: 'Tractors That Spot Weeds at Speed',
    dek: 'A vision model on farm equipment sprays herbicide only where weeds grow, cutting chemical use sharply.',
    authors: ['Priya Anand'],
    tags: ['agriculture', 'vision', 'robotics'],
    hero: {
      alt: 'A tractor pulling a wide sprayer boom with a row of small cameras over young green crop rows',
      caption:
        'Cameras mounted every half meter along the boom inspect each plant as the tractor passes.',
      credit: 'Photo illustration: The Weekly Gradient',
      palette: ['#2d6a4f', '#d8f3dc'],
    },
    sections: [
      {
        kind: 'whatsNew',
        body: [
          'Fernwell Robotics, a fictional agricultural equipment startup, reported results from a season-long trial of its spot-spraying system on sugar beet and soybean farms. The system identifies weeds from a moving tractor and triggers individual nozzles within milliseconds.',
        ],
      },
      {
        kind: 'howItWorks',
        body: [
          'A row of cameras along the sprayer boom captures images of the ground below. A compact segmentation model running on an onboard accelerator labels each pixel as crop, weed or soil, and a controller opens only the nozzles positioned over weeds.',
          {
            bullets: [
              'The model was trained on about 900,000 labeled images collected across three growing seasons, in varied light, soil types and growth stages.',
              'To handle crops and weeds that look alike when young, the model also considers each plant’s position relative to the planted rows.',
              'The whole pipeline runs in under 40 milliseconds, fast enough for tractors moving at 15 kilometers per hour.',
            ],
          },
        ],
      },
      {
        kind: 'results',
        body: [
          'Across 22 farms, the system used 71 percent less herbicide than conventional broadcast spraying while controlling weeds about as well, according to field counts taken two weeks after treatment. Performance dropped in heavy dust and when weeds grew densely enough to cover most of the ground.',
        ],
      },
      {
        kind: 'behindTheNews',
        body: [
          'Herbicide is one of the largest input costs for many growers, and regulators in several regions have proposed limits on how much can be applied. At the same time, weeds that resist common herbicides are spreading, which pushes farmers toward stronger and pricier chemicals.',
        ],
      },
      {
        kind: 'whyItMatters',
        body: [
          'Spraying only where needed saves money, reduces chemical runoff into waterways and slows the spread of resistant weeds. It is also a clear case of edge AI earning its keep: the model must decide fast, offline and in harsh conditions.',
        ],
      },
      {
        kind: 'wereThinking',
        body: [
          'Farm equipment lasts for decades, while models improve every season. We hope makers like Fernwell plan for easy updates, so that a sprayer bought today keeps getting smarter.',
        ],
      },
    ],
  },
  {
    headline: 'Old Ship Logs, New Climate Data',
    dek: 'A handwriting model transcribed a century of weather notes from merchant ship logbooks.',
    authors: ['Lena Fairholt', 'Marcus Oyelaran'],
    tags: ['climate', 'ocr', 'datasets'],
    hero: {
      alt: 'An open leather-bound logbook with faded handwritten columns of dates, wind directions and barometer readings',
      caption: 'Sailors recorded wind, pressure and sea conditions several times a day.',
      credit: 'Photo illustration: The Weekly Gradient',
      palette: ['#6b4226', '#f4e3c1'],
    },
    sections: [
      {
        kind: 'whatsNew',
        body: [
          'The Saltmarsh Climate Archive, a fictional research consortium, released a dataset of weather observations transcribed by a machine learning model from logbooks kept aboard merchant ships between 1850 and 1950. The records fill gaps over oceans where few other historical measurements exist.',
        ],
      },
      {
        kind: 'keyInsight',
        body: [
          'Generic handwriting recognition struggles with logbooks, but the pages are highly structured. A model that knows which column it is reading, and what values are plausible there, can correct many of its own mistakes.',
        ],
      },
      {
        kind: 'howItWorks',
        body: [
          'The team scanned the logbooks and trained a layout model to locate tables, rows and columns on each page. A handwriting recognizer then read each cell, guided by the expected content of its column.',
          {
            bullets: [
              'Barometer readings were constrained to physically plausible ranges, and wind directions to compass points and their period abbreviations.',
              'Each ship’s reported position was checked against the one before it to flag readings that implied impossible speeds.',
              'Volunteers reviewed cells where the model was uncertain, and their corrections were fed back into training.',
            ],
          },
        ],
      },
      {
        kind: 'section',
        heading: 'By the numbers',
        body: [
          'The consortium published figures on the scale of the effort alongside the dataset:',
          {
            bullets: [
              'About 48,000 logbooks from 11 archives, totaling more than 6 million scanned pages.',
              'Roughly 210 million individual observations transcribed, of which volunteers reviewed about 4 percent.',
              'An estimated character error rate of 1.8 percent on a hand-checked sample, down from 9 percent for an off-the-shelf recognizer.',
            ],
          },
        ],
      },
      {
        kind: 'whyItMatters',
        body: [
          'Climate models are tested against historical observations, and the oceans of the 19th century are among the least observed places on record. Adding millions of readings from ship logs can sharpen reconstructions of past storms and long-term trends, which in turn makes projections more trustworthy.',
        ],
      },
      {
        kind: 'wereThinking',
        body: [
          'Archives around the world hold shelves of handwritten records that no one has had time to read. Pairing domain knowledge with recognition models could unlock many of them, and we’d love to see the same approach applied to old medical, tide and harvest records.',
        ],
      },
    ],
  },
  {
    headline: 'Wind Forecasts That Pay for Themselves',
    dek: 'A wind farm operator used a learned forecasting model to bid more accurately in electricity markets.',
    authors: ['Sven Aldarra'],
    tags: ['energy', 'forecasting'],
    hero: {
      alt: 'A row of white wind turbines on a grassy ridge under fast-moving clouds',
      caption:
        'Better forecasts let operators promise the grid only what their turbines will deliver.',
      credit: 'Photo illustration: The Weekly Gradient',
      palette: ['#0f4c5c', '#e36414'],
    },
    sections: [
      {
        kind: 'whatsNew',
        body: [
          'Norvik Energy, a fictional operator of wind farms in northern Europe, said a machine learning model that predicts power output a day ahead reduced its penalties for missing delivery commitments by nearly a third over the past year.',
        ],
      },
      {
        kind: 'howItWorks',
        body: [
          'Wind farms sell power a day in advance and pay a penalty when they produce more or less than they promised. Norvik’s model takes numerical weather forecasts as input and learns how each turbine actually responds to them.',
          {
            bullets: [
              'The model was trained on five years of turbine-level output, weather forecasts and maintenance records.',
              'Rather than a single number, it outputs a range of likely outputs for each hour, which traders use to size their bids.',
              'It accounts for wake effects, in which upwind turbines slow the air reaching those behind them, by learning from how output varied with wind direction.',
            ],
          },
        ],
      },
      {
        kind: 'results',
        body: [
          'Compared with the physics-based forecasts Norvik used before, the model cut average forecasting error by 19 percent. Imbalance penalties fell 31 percent across its 14 wind farms, savings the company says covered the project’s cost within eight months.',
        ],
      },
      {
        kind: 'whyItMatters',
        body: [
          'The variability of wind power is one of the main obstacles to relying on it. Forecasts that are more accurate, and honest about their uncertainty, make renewable energy easier for grid operators to plan around and more profitable for the companies that build it.',
        ],
      },
      {
        kind: 'wereThinking',
        body: [
          'A single operator’s savings are welcome, but the bigger payoff would come if grid operators shared forecasts across many farms. Weather doesn’t stop at property lines, and neither should the models that predict it.',
        ],
      },
    ],
  },
]

export const demoSponsor: DemoSponsor = {
  name: 'Lanternfield Academy',
  url: 'https://example.com/lanternfield',
  headline: 'Learn to Evaluate Models Like a Pro',
  copy: 'Shipping a model is easy; knowing whether it works is hard. Lanternfield Academy’s new four-week course, Practical Model Evaluation, teaches you to build test sets, track experiments and spot misleading metrics before your users do. Work through hands-on projects with real-world data, get feedback from instructors and finish with a reusable evaluation toolkit.',
  ctaLabel: 'Enroll now',
  ctaUrl: 'https://example.com/lanternfield/evaluation-course',
  logo: {
    alt: 'Lanternfield Academy logo, a stylized lantern glowing above a wheat field, next to the academy’s name',
    caption: 'Lanternfield Academy',
    credit: 'Courtesy of Lanternfield Academy',
    palette: ['#5a189a', '#ffb703'],
  },
}
