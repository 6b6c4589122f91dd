import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { DisclosureText, DisclosureUiMessages } from '../types.js';

const under13: DisclosureText = {
  title: 'Tu parles avec une IA',
  sections: [
    {
      id: 'ai',
      heading: 'Je ne suis pas une personne',
      body: 'Je suis une IA, c’est-à-dire un programme d’ordinateur. Je ne suis pas une vraie personne, même si je parle comme toi. Je n’ai pas de sentiments et je ne peux pas être ton ami dans la vraie vie.',
    },
    {
      id: 'mistakes',
      heading: 'Je peux me tromper',
      body: 'Parfois, je me trompe ou j’invente des choses. Si c’est important, vérifie avec tes parents, un adulte de confiance ou ton maître ou ta maîtresse.',
    },
    {
      id: 'privacy',
      heading: 'Ce qui est à toi reste à toi',
      body: 'Ne me dis pas ton nom complet, ton école, ton adresse ou ton numéro de téléphone. N’envoie pas de photos de toi. Une fois envoyé, tu ne peux plus le reprendre, et d’autres personnes pourraient le voir.',
    },
    {
      id: 'messages',
      heading: 'Que deviennent tes messages ?',
      body: 'Tes messages vont vers un ordinateur qui écrit mes réponses. Des outils de sécurité les vérifient aussi, pour te protéger. {retention}',
    },
    {
      id: 'help',
      heading: 'Besoin d’aide ?',
      body: 'Si quelque chose te rend triste ou te fait peur, arrête et parles-en à un adulte de confiance. Tu peux aussi signaler un message aux personnes qui s’occupent de cette appli avec le bouton « {reportButton} » à côté. Si tu es en danger, appelle le numéro d’urgence.',
    },
    {
      id: 'suitability',
      heading: 'Ce n’est pas pour tous les enfants',
      body: 'Cette appli ne convient peut-être pas à tous les enfants. Demande à un adulte si tu peux l’utiliser. Tu peux arrêter quand tu veux.',
    },
  ],
  retention: {
    unknown:
      'Les personnes qui s’occupent de cette appli décident combien de temps ils sont gardés. Un adulte peut vérifier pour toi.',
    days: {
      one: 'Cette appli garde tes messages 1 jour. Ensuite, elle les efface.',
      other: 'Cette appli garde tes messages {days} jours. Ensuite, elle les efface.',
    },
    none: 'Cette appli ne garde pas tes messages une fois la discussion terminée.',
  },
};

const teen13to15: DisclosureText = {
  title: 'Tu discutes avec une IA',
  sections: [
    {
      id: 'ai',
      heading: 'Une IA, pas une personne',
      body: 'Cet assistant est une IA : un programme qui écrit des réponses tout seul. Ce n’est pas une vraie personne, même s’il a l’air sympa ou humain. Il n’a pas de sentiments et ne peut pas être un vrai ami.',
    },
    {
      id: 'mistakes',
      heading: 'Elle peut se tromper',
      body: 'Une IA peut avoir l’air sûre d’elle et pourtant se tromper, et parfois elle invente. Vérifie ce qui compte (santé, devoirs, sécurité) auprès d’un adulte de confiance ou d’un prof.',
    },
    {
      id: 'privacy',
      heading: 'Tes infos perso, c’est privé',
      body: 'Ne partage pas ton nom complet, ton collège, ton adresse, ton numéro ou des photos de toi. Une fois envoyées, tu ne peux plus les récupérer, et quelqu’un pourrait s’en servir pour te retrouver ou te faire du mal.',
    },
    {
      id: 'messages',
      heading: 'Que deviennent tes messages',
      body: 'Tes messages sont envoyés à un système qui rédige les réponses, et des outils de sécurité les vérifient pour te protéger. {retention}',
    },
    {
      id: 'help',
      heading: 'Demander de l’aide, signaler',
      body: 'Si quelque chose t’inquiète ou te met mal à l’aise, arrête et parles-en à un adulte de confiance. Tu peux signaler n’importe quel message à l’équipe de cette appli avec le bouton « {reportButton} » à côté. Si tu es en danger, appelle le numéro d’urgence.',
    },
    {
      id: 'suitability',
      heading: 'Pas pour tout le monde',
      body: 'Discuter avec une IA ne convient pas forcément à tous les jeunes de ton âge. Fais des pauses, et arrête si tu te sens moins bien.',
    },
  ],
  retention: {
    unknown:
      'L’entreprise qui gère cette appli décide combien de temps elle les garde ; sa politique de confidentialité l’explique.',
    days: {
      one: 'Cette appli garde tes messages 1 jour, puis les efface.',
      other: 'Cette appli garde tes messages {days} jours, puis les efface.',
    },
    none: 'Cette appli ne garde pas tes messages une fois la discussion terminée.',
  },
};

const teen16to17: DisclosureText = {
  title: 'Ceci est une IA, pas une personne',
  sections: [
    {
      id: 'ai',
      heading: 'Une IA, pas un humain',
      body: 'Tu échanges avec un système d’intelligence artificielle, pas avec un être humain. Ses réponses sont générées automatiquement, même quand elles semblent personnelles ou bienveillantes. Il n’a pas d’émotions et ne remplace pas de vraies relations.',
    },
    {
      id: 'mistakes',
      heading: 'Elle fait des erreurs',
      body: 'Une IA peut se tromper avec beaucoup d’assurance ou inventer des faits. Recoupe tout ce qui compte vraiment (santé, argent, questions juridiques, études) avec un adulte de confiance, un prof ou une source fiable.',
    },
    {
      id: 'privacy',
      heading: 'Protège tes données personnelles',
      body: 'Évite de donner ton nom complet, ton lycée, ton adresse, ton numéro de téléphone ou des photos. Ces infos permettent de t’identifier et, une fois envoyées, tu ne maîtrises plus où elles vont.',
    },
    {
      id: 'messages',
      heading: 'Que deviennent tes messages',
      body: 'Tes messages sont envoyés à un service d’IA pour générer les réponses, et des systèmes de sécurité les contrôlent. {retention}',
    },
    {
      id: 'help',
      heading: 'Aide et signalement',
      body: 'Si une conversation te perturbe ou que quelque chose te semble anormal, parles-en à quelqu’un de confiance. Tu peux signaler n’importe quel message à l’équipe qui gère cette appli avec le bouton « {reportButton} » à côté. En cas d’urgence, appelle le numéro d’urgence.',
    },
    {
      id: 'suitability',
      heading: 'Pas adaptée à tout le monde',
      body: 'Les chats avec une IA peuvent ne pas convenir à certains mineurs. Fais des pauses régulières et décroche si ça pèse sur ton moral, ton sommeil ou tes relations.',
    },
  ],
  retention: {
    unknown:
      'La durée de conservation dépend de l’entreprise qui gère cette appli ; sa politique de confidentialité donne les détails.',
    days: {
      one: 'Cette appli conserve tes messages 1 jour, puis les supprime.',
      other: 'Cette appli conserve tes messages {days} jours, puis les supprime.',
    },
    none: 'Cette appli ne conserve pas tes messages une fois la discussion terminée.',
  },
};

const adult: DisclosureText = {
  title: 'À propos de cet assistant IA',
  sections: [
    {
      id: 'ai',
      heading: 'Une IA, pas une personne',
      body: 'Vous échangez avec un système d’IA, pas avec un être humain.',
    },
    {
      id: 'mistakes',
      heading: 'Fiabilité',
      body: 'Les réponses peuvent être fausses ou inventées. Vérifiez toute information importante, en particulier médicale, juridique ou financière.',
    },
    {
      id: 'messages',
      heading: 'Vos messages',
      body: 'Vos messages sont traités par un service d’IA pour générer les réponses et contrôlés par des systèmes de sécurité. Évitez de partager des données personnelles sensibles. {retention}',
    },
    {
      id: 'help',
      heading: 'Signalement',
      body: 'Vous pouvez signaler toute réponse à l’équipe qui gère cette appli avec le bouton « {reportButton} » à côté.',
    },
  ],
  retention: {
    unknown:
      'La durée de conservation est fixée par l’éditeur de cette appli ; consultez sa politique de confidentialité.',
    days: {
      one: 'Les messages sont conservés 1 jour, puis supprimés.',
      other: 'Les messages sont conservés {days} jours, puis supprimés.',
    },
    none: 'Les messages ne sont pas conservés une fois la discussion terminée.',
  },
};

export const fr: LocaleMessages<DisclosureText> = { base: teen13to15, bands: { under13, teen16to17, adult } };

export const frUi: LocaleMessages<DisclosureUiMessages> = {
  base: {
    acknowledge: 'J’ai compris',
    close: 'Fermer',
    trigger: 'À propos de cette IA',
    reminderTitle: 'Petit rappel : c’est une IA',
    reminderBody:
      'Ça fait un moment que tu discutes. Petit rappel : tu parles avec une IA, pas avec une personne. C’est peut-être le bon moment pour une pause : étire-toi, bois un verre d’eau ou parle à quelqu’un que tu connais.',
    keepChatting: 'Continuer à discuter',
    takeBreak: 'Faire une pause',
    readAgain: 'Relire les infos sur cette IA',
  },
  bands: {
    under13: {
      acknowledge: 'D’accord, j’ai compris',
      reminderTitle: 'N’oublie pas : je ne suis pas une personne',
      reminderBody:
        'Ça fait un moment que tu discutes. Je suis un ordinateur, pas une personne. Et si tu faisais une pause ? Tu peux t’étirer, boire de l’eau ou aller jouer.',
    },
    teen16to17: {
      reminderBody:
        'Ça fait un moment que tu discutes. Rappel : tu échanges avec une IA, pas avec une personne. Pense à faire une pause : bouge un peu, bois de l’eau ou prends des nouvelles de quelqu’un.',
    },
    adult: {
      acknowledge: 'Continuer',
      close: 'Fermer',
      trigger: 'À propos de cette IA',
      reminderTitle: 'Rappel : ceci est une IA',
      reminderBody: 'Vous discutez depuis un moment. Ceci est une IA, pas une personne. Pensez à faire une pause.',
      keepChatting: 'Continuer la discussion',
      takeBreak: 'Faire une pause',
      readAgain: 'Relire les informations sur cette IA',
    },
  },
};
