import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { DisclosureText, DisclosureUiMessages } from '../types.js';

const under13: DisclosureText = {
  title: 'You are talking to an AI',
  sections: [
    {
      id: 'ai',
      heading: 'I am not a person',
      body: 'I am an AI. That means I am a computer program. I am not a real person, even when I sound like one. I do not have feelings, and I can’t be your friend in real life.',
    },
    {
      id: 'mistakes',
      heading: 'I can be wrong',
      body: 'Sometimes I get things wrong. I can even make things up. If something is important, check it with a parent, a grown-up you trust or your teacher.',
    },
    {
      id: 'privacy',
      heading: 'Keep private things private',
      body: 'Do not tell me your full name, your school, where you live or your phone number. Do not send photos of you. Once you send them, you can’t take them back, and other people might see them.',
    },
    {
      id: 'messages',
      heading: 'What happens to what you type',
      body: 'Your messages go to a computer that writes my answers. Safety tools check them too, to help keep you safe. {retention}',
    },
    {
      id: 'help',
      heading: 'If you need help',
      body: 'If something here makes you sad or scared, stop and tell a grown-up you trust. To tell the people who run this app about a message, press the “{reportButton}” button next to it. If you are in danger, call for help on your local emergency number.',
    },
    {
      id: 'suitability',
      heading: 'This is not for every child',
      body: 'This app may not be right for some kids. Ask a grown-up if it is OK for you. You can stop at any time.',
    },
  ],
  retention: {
    unknown: 'The people who run this app choose how long they keep them. A grown-up can check this for you.',
    days: {
      one: 'This app keeps your messages for 1 day. Then it deletes them.',
      other: 'This app keeps your messages for {days} days. Then it deletes them.',
    },
    none: 'This app does not keep your messages after the chat ends.',
  },
};

const teen13to15: DisclosureText = {
  title: 'You’re chatting with an AI',
  sections: [
    {
      id: 'ai',
      heading: 'It’s an AI, not a person',
      body: 'This assistant is an AI: a computer program that writes replies. It is not a real person, even when it sounds friendly or human. It doesn’t have feelings and can’t be a real friend.',
    },
    {
      id: 'mistakes',
      heading: 'It can get things wrong',
      body: 'AI can sound sure and still be wrong, and sometimes it makes things up. Check anything important, like health, homework or safety, with a trusted adult or a teacher.',
    },
    {
      id: 'privacy',
      heading: 'Keep personal details to yourself',
      body: 'Don’t share your full name, school, address, phone number or photos of yourself. Once you send them, you can’t take them back, and someone could use them to find you or hurt you.',
    },
    {
      id: 'messages',
      heading: 'What happens to your messages',
      body: 'Your messages are sent to a computer system that writes the replies. Safety tools check them to help keep you safe. {retention}',
    },
    {
      id: 'help',
      heading: 'Getting help and reporting',
      body: 'If something here upsets or worries you, stop and talk to a trusted adult. To report a message to the people who run this app, press “{reportButton}” next to it. If you are in danger, call your local emergency number.',
    },
    {
      id: 'suitability',
      heading: 'Not right for everyone',
      body: 'AI chat may not be right for some people your age. Take breaks, and stop if it makes you feel worse.',
    },
  ],
  retention: {
    unknown: 'The company that runs this app decides how long they are kept. Its privacy notice explains this.',
    days: {
      one: 'This app keeps your messages for 1 day, then deletes them.',
      other: 'This app keeps your messages for {days} days, then deletes them.',
    },
    none: 'This app does not keep your messages after the chat ends.',
  },
};

const teen16to17: DisclosureText = {
  title: 'This is an AI, not a person',
  sections: [
    {
      id: 'ai',
      heading: 'An AI, not a human',
      body: 'You’re talking to an AI system, not a human. It produces replies automatically, even when they sound personal or caring. It has no feelings and can’t replace real relationships.',
    },
    {
      id: 'mistakes',
      heading: 'It makes mistakes',
      body: 'AI can be confidently wrong or invent facts. Double-check anything that matters, such as health, money, legal or school questions, with a trusted adult, a teacher or a reliable source.',
    },
    {
      id: 'privacy',
      heading: 'Protect your personal information',
      body: 'Avoid sharing your full name, school, home address, phone number or photos. Details like these can identify you, and once they’re sent you can’t control where they end up.',
    },
    {
      id: 'messages',
      heading: 'What happens to your messages',
      body: 'Your messages are sent to an AI service to generate replies, and safety systems check them. {retention}',
    },
    {
      id: 'help',
      heading: 'Getting help and reporting',
      body: 'If a conversation upsets you or something feels wrong, talk to someone you trust. To report a message to the team that runs this app, use the “{reportButton}” button next to it. In an emergency, call your local emergency number.',
    },
    {
      id: 'suitability',
      heading: 'Not suitable for everyone',
      body: 'AI chat may not be suitable for some minors. Take regular breaks, and step away if it starts to affect your mood, sleep or relationships.',
    },
  ],
  retention: {
    unknown: 'How long they’re kept is up to the company that runs this app; its privacy notice has the details.',
    days: {
      one: 'This app keeps your messages for 1 day, then deletes them.',
      other: 'This app keeps your messages for {days} days, then deletes them.',
    },
    none: 'This app does not keep your messages after the chat ends.',
  },
};

const adult: DisclosureText = {
  title: 'About this AI assistant',
  sections: [
    { id: 'ai', heading: 'AI, not a person', body: 'You’re chatting with an AI system, not a human.' },
    {
      id: 'mistakes',
      heading: 'Accuracy',
      body: 'Replies can be wrong or made up. Check anything important, especially medical, legal or financial information.',
    },
    {
      id: 'messages',
      heading: 'Your messages',
      body: 'Messages are processed by an AI service to generate replies and screened by safety systems. Avoid sharing sensitive personal information. {retention}',
    },
    {
      id: 'help',
      heading: 'Reporting',
      body: 'To report a reply to the team that runs this app, use “{reportButton}” next to it.',
    },
  ],
  retention: {
    unknown: 'Retention is set by the operator of this app; see its privacy notice.',
    days: {
      one: 'Messages are kept for 1 day, then deleted.',
      other: 'Messages are kept for {days} days, then deleted.',
    },
    none: 'Messages are not kept after the chat ends.',
  },
};

export const en: LocaleMessages<DisclosureText> = { base: teen13to15, bands: { under13, teen16to17, adult } };

export const enUi: LocaleMessages<DisclosureUiMessages> = {
  base: {
    acknowledge: 'I understand',
    close: 'Close',
    trigger: 'About this AI',
    reminderTitle: 'Quick reminder: this is an AI',
    reminderBody:
      'You’ve been chatting for a while. Just a reminder that you’re talking to an AI, not a person. It might be a good time for a break: stretch, get some water or talk to someone you know.',
    keepChatting: 'Keep chatting',
    takeBreak: 'Take a break',
    readAgain: 'Read about this AI',
  },
  bands: {
    under13: {
      acknowledge: 'OK, I understand',
      reminderTitle: 'Remember: I am not a person',
      reminderBody:
        'You have been chatting for a while. I am a computer, not a person. How about a break? You could stretch, drink some water or go and play.',
    },
    teen16to17: {
      reminderBody:
        'You’ve been chatting for a while. A reminder that you’re talking to an AI, not a person. Consider taking a break: move around, drink some water or check in with someone.',
    },
    adult: {
      acknowledge: 'Continue',
      reminderTitle: 'Reminder: this is an AI',
      reminderBody: 'You’ve been chatting for a while. This is an AI, not a person. Consider taking a break.',
    },
  },
};
