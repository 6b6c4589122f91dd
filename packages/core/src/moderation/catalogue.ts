import type { Catalogue } from '../i18n/catalogue.js';
import type { PIIType } from '../safety/types.js';

/** Every string the moderation pipeline shows a child. */
export interface ModerationMessages {
  /**
   * Each kind of personal information in words that fit the `removed`
   * sentence, with the child's possessive or an article ("your phone number").
   */
  labels: Record<PIIType, string>;
  /** Labels for a kind found more than once ("your phone numbers"); a kind without one uses its label. */
  labelsMany?: Partial<Record<PIIType, string>>;
  /** Says what was taken out, in words: `{items}` is the list of labels ("your phone number and your home address"). */
  removed: string;
  /** Joins the last two items of a list. */
  and: string;
  blocked: Record<'sexual' | 'profanity' | 'substances' | 'default', string> &
    Partial<Record<'roleplay' | 'graphic', string>>;
  escalated: Record<'self-harm' | 'grooming' | 'abuse' | 'violence' | 'default', string> &
    Partial<Record<'eating-disorder' | 'sextortion' | 'friend-in-danger' | 'dangerous-activity', string>>;
  /** When a hook fails and the message is held back. */
  hookFailed: string;
  /** When a message is longer than the band allows; `{max}` is the limit in characters. */
  tooLong: string;
}

/**
 * Moderation strings in English, Spanish, French and German, with simpler
 * words for under-13s.
 *
 * @example
 * const t = pickMessages(moderationMessages, 'es', 'under13');
 */
export const moderationMessages: Catalogue<ModerationMessages> = {
  en: {
    base: {
      labels: {
        name: 'your name',
        email: 'your email address',
        phone: 'your phone number',
        address: 'your home address',
        school: 'your school’s name',
        handle: 'a username',
        url: 'a link to a profile',
        birthdate: 'your date of birth',
        id_number: 'an ID number',
        card: 'a payment card number',
        ip: 'an IP address',
        geo: 'your location',
      },
      labelsMany: {
        name: 'names',
        email: 'your email addresses',
        phone: 'your phone numbers',
        address: 'addresses',
        school: 'school names',
        handle: 'usernames',
        url: 'links to profiles',
        id_number: 'ID numbers',
        card: 'payment card numbers',
        ip: 'IP addresses',
        geo: 'locations',
      },
      removed: 'We took out {items} before sending, to keep your details private.',
      and: 'and',
      blocked: {
        sexual: 'This message wasn’t sent because sexual content isn’t allowed here.',
        profanity: 'This message wasn’t sent because it has language that isn’t allowed here.',
        substances: 'This message wasn’t sent because we can’t help with getting drugs, alcohol or vapes.',
        roleplay: 'This message wasn’t sent: I’m an AI, not a person, so I can’t be anyone’s boyfriend or girlfriend.',
        graphic: 'This message wasn’t sent because gory or violent details aren’t allowed here.',
        default: 'This message wasn’t sent because it goes against the chat rules.',
      },
      escalated: {
        'self-harm':
          'It sounds like you’re going through something really hard. You’re not alone, and help is here now.',
        grooming: 'What you described isn’t okay and it isn’t your fault. Someone you trust can help you stay safe.',
        abuse: 'No one is allowed to hurt you. It isn’t your fault, and there are people who can help.',
        violence: 'It sounds like things feel really intense right now. Let’s find someone who can help.',
        'eating-disorder':
          'It sounds like food and your body are weighing on you. You deserve support, and people can help.',
        sextortion:
          'This is not your fault, and you are not in trouble. Don’t pay or send anything more: help is here now.',
        'friend-in-danger':
          'Thank you for looking out for your friend. Tell a trusted adult now; these lines can help.',
        'dangerous-activity': 'That could seriously hurt you. Please don’t try it; talk to someone you trust.',
        default: 'This sounds serious. You don’t have to handle it alone; help is here.',
      },
      hookFailed: 'We couldn’t check this message, so it wasn’t sent. Please try again.',
      tooLong: 'This message is too long to send. Please keep it under {max} characters.',
    },
    bands: {
      under13: {
        labels: {
          name: 'your name',
          email: 'your email address',
          phone: 'your phone number',
          address: 'where you live',
          school: 'the name of your school',
          handle: 'a username',
          url: 'a link',
          birthdate: 'your birthday',
          id_number: 'an ID number',
          card: 'a bank card number',
          ip: 'a computer address',
          geo: 'where you are',
        },
        removed: 'We took out {items} to keep you safe.',
        blocked: {
          sexual: 'That message can’t be sent here. Try asking something else.',
          profanity: 'That message has words we don’t use here. Try saying it another way.',
          substances: 'We can’t help with getting drugs, alcohol or vapes. Try asking something else.',
          default: 'That message can’t be sent here.',
        },
        escalated: {
          'self-harm': 'It sounds like you feel really bad. You’re not alone. Let’s find someone who can help.',
          grooming: 'Thank you for telling me. This is not your fault. Please tell a grown-up you trust.',
          abuse: 'No one should hurt you. It is not your fault. A grown-up you trust can help.',
          violence: 'It sounds like you’re really upset. Let’s talk to someone who can help.',
          default: 'This sounds serious. A grown-up you trust can help.',
        },
        hookFailed: 'Something went wrong, so your message wasn’t sent. Please try again.',
        tooLong: 'That message is too long. Try saying it in fewer words (up to {max} letters).',
      },
    },
  },
  es: {
    base: {
      labels: {
        name: 'tu nombre',
        email: 'tu correo electrónico',
        phone: 'tu número de teléfono',
        address: 'tu dirección',
        school: 'el nombre de tu escuela',
        handle: 'un nombre de usuario',
        url: 'un enlace a un perfil',
        birthdate: 'tu fecha de nacimiento',
        id_number: 'un número de identificación',
        card: 'un número de tarjeta',
        ip: 'una dirección IP',
        geo: 'tu ubicación',
      },
      labelsMany: {
        name: 'nombres',
        email: 'tus correos electrónicos',
        phone: 'tus números de teléfono',
        address: 'direcciones',
        school: 'nombres de escuelas',
        handle: 'nombres de usuario',
        url: 'enlaces a perfiles',
        id_number: 'números de identificación',
        card: 'números de tarjeta',
        ip: 'direcciones IP',
        geo: 'ubicaciones',
      },
      removed: 'Quitamos {items} antes de enviar el mensaje, para proteger tu privacidad.',
      and: 'y',
      blocked: {
        sexual: 'Este mensaje no se envió porque aquí no se permite contenido sexual.',
        profanity: 'Este mensaje no se envió porque tiene palabras que aquí no se permiten.',
        substances: 'Este mensaje no se envió porque no podemos ayudar a conseguir drogas, alcohol ni vapeadores.',
        roleplay: 'Este mensaje no se envió: soy una IA, no una persona, así que no puedo ser novio ni novia de nadie.',
        graphic: 'Este mensaje no se envió porque aquí no se permiten detalles sangrientos o violentos.',
        default: 'Este mensaje no se envió porque va contra las reglas del chat.',
      },
      escalated: {
        'self-harm': 'Parece que estás pasando por algo muy difícil. No estás solo ni sola, y hay ayuda ahora mismo.',
        grooming: 'Lo que cuentas no está bien y no es tu culpa. Alguien de confianza puede ayudarte a estar a salvo.',
        abuse: 'Nadie tiene derecho a hacerte daño. No es tu culpa y hay personas que pueden ayudarte.',
        violence: 'Parece que las cosas se sienten muy intensas ahora. Busquemos a alguien que pueda ayudar.',
        'eating-disorder': 'Parece que la comida y tu cuerpo te pesan mucho. Mereces apoyo, y hay personas que ayudan.',
        sextortion: 'No es tu culpa y no estás en problemas. No pagues ni envíes nada más: aquí hay ayuda ahora.',
        'friend-in-danger':
          'Gracias por cuidar a tu amigo o amiga. Cuéntaselo ya a un adulto de confianza; estas líneas ayudan.',
        'dangerous-activity':
          'Eso podría hacerte mucho daño. Por favor, no lo intentes; habla con alguien de confianza.',
        default: 'Esto suena serio. No tienes que enfrentarlo solo ni sola; aquí hay ayuda.',
      },
      hookFailed: 'No pudimos revisar este mensaje, así que no se envió. Inténtalo de nuevo.',
      tooLong: 'Este mensaje es demasiado largo para enviarlo. Escríbelo en menos de {max} caracteres.',
    },
    bands: {
      under13: {
        labels: {
          name: 'tu nombre',
          email: 'tu correo electrónico',
          phone: 'tu número de teléfono',
          address: 'dónde vives',
          school: 'el nombre de tu escuela',
          handle: 'un nombre de usuario',
          url: 'un enlace',
          birthdate: 'tu cumpleaños',
          id_number: 'un número de identificación',
          card: 'un número de tarjeta del banco',
          ip: 'la dirección de la computadora',
          geo: 'dónde estás',
        },
        removed: 'Quitamos {items} para cuidarte.',
        blocked: {
          sexual: 'Ese mensaje no se puede enviar aquí. Prueba a preguntar otra cosa.',
          profanity: 'Ese mensaje tiene palabras que no usamos aquí. Prueba a decirlo de otra forma.',
          substances: 'No podemos ayudar a conseguir drogas, alcohol ni vapeadores. Prueba a preguntar otra cosa.',
          default: 'Ese mensaje no se puede enviar aquí.',
        },
        escalated: {
          'self-harm': 'Parece que te sientes muy mal. No estás solo ni sola. Busquemos a alguien que pueda ayudarte.',
          grooming: 'Gracias por contármelo. No es tu culpa. Cuéntaselo a un adulto de confianza.',
          abuse: 'Nadie debe hacerte daño. No es tu culpa. Un adulto de confianza puede ayudarte.',
          violence: 'Parece que estás muy enojado o enojada. Hablemos con alguien que pueda ayudar.',
          default: 'Esto suena serio. Un adulto de confianza puede ayudarte.',
        },
        hookFailed: 'Algo salió mal y tu mensaje no se envió. Inténtalo de nuevo.',
        tooLong: 'Ese mensaje es muy largo. Intenta decirlo con menos palabras (hasta {max} letras).',
      },
    },
  },
  fr: {
    base: {
      labels: {
        name: 'ton nom',
        email: 'ton adresse e-mail',
        phone: 'ton numéro de téléphone',
        address: 'ton adresse',
        school: 'le nom de ton école',
        handle: 'un pseudo',
        url: 'un lien vers un profil',
        birthdate: 'ta date de naissance',
        id_number: 'un numéro d’identité',
        card: 'un numéro de carte bancaire',
        ip: 'une adresse IP',
        geo: 'ta position',
      },
      labelsMany: {
        name: 'des noms',
        email: 'tes adresses e-mail',
        phone: 'tes numéros de téléphone',
        address: 'des adresses',
        school: 'des noms d’école',
        handle: 'des pseudos',
        url: 'des liens vers des profils',
        id_number: 'des numéros d’identité',
        card: 'des numéros de carte bancaire',
        ip: 'des adresses IP',
        geo: 'des positions',
      },
      removed: 'Nous avons retiré {items} avant l’envoi, pour protéger ta vie privée.',
      and: 'et',
      blocked: {
        sexual: 'Ce message n’a pas été envoyé : le contenu sexuel n’est pas autorisé ici.',
        profanity: 'Ce message n’a pas été envoyé : il contient des mots qui ne sont pas autorisés ici.',
        substances:
          'Ce message n’a pas été envoyé : nous ne pouvons pas aider à obtenir de la drogue, de l’alcool ou des vapoteuses.',
        roleplay:
          'Ce message n’a pas été envoyé : je suis une IA, pas une personne, je ne peux donc être le copain ou la copine de personne.',
        graphic: 'Ce message n’a pas été envoyé : les détails sanglants ou violents ne sont pas autorisés ici.',
        default: 'Ce message n’a pas été envoyé car il va contre les règles du chat.',
      },
      escalated: {
        'self-harm':
          'On dirait que tu traverses quelque chose de très dur. Tu n’es pas seul ou seule, et de l’aide est là maintenant.',
        grooming:
          'Ce que tu décris n’est pas normal et ce n’est pas ta faute. Une personne de confiance peut t’aider à rester en sécurité.',
        abuse: 'Personne n’a le droit de te faire du mal. Ce n’est pas ta faute, et des personnes peuvent t’aider.',
        violence: 'On dirait que tout est très intense en ce moment. Trouvons quelqu’un qui peut aider.',
        'eating-disorder':
          'On dirait que la nourriture et ton corps te pèsent. Tu mérites du soutien, et des personnes peuvent t’aider.',
        sextortion:
          'Ce n’est pas ta faute et tu n’as pas d’ennuis. Ne paie rien et n’envoie plus rien : de l’aide est là maintenant.',
        'friend-in-danger':
          'Merci de veiller sur ton ami ou ton amie. Parles-en tout de suite à un adulte de confiance ; ces lignes peuvent aider.',
        'dangerous-activity':
          'Ça pourrait te faire très mal. N’essaie pas, s’il te plaît ; parles-en à quelqu’un de confiance.',
        default: 'Ça a l’air grave. Tu n’as pas à gérer ça seul ou seule ; de l’aide est là.',
      },
      hookFailed: 'Nous n’avons pas pu vérifier ce message, il n’a donc pas été envoyé. Réessaie.',
      tooLong: 'Ce message est trop long pour être envoyé. Écris moins de {max} caractères.',
    },
    bands: {
      under13: {
        labels: {
          name: 'ton nom',
          email: 'ton adresse e-mail',
          phone: 'ton numéro de téléphone',
          address: 'l’endroit où tu habites',
          school: 'le nom de ton école',
          handle: 'un pseudo',
          url: 'un lien',
          birthdate: 'ton anniversaire',
          id_number: 'un numéro d’identité',
          card: 'un numéro de carte bancaire',
          ip: 'l’adresse de l’ordinateur',
          geo: 'l’endroit où tu es',
        },
        removed: 'Nous avons retiré {items} pour te protéger.',
        blocked: {
          sexual: 'Ce message ne peut pas être envoyé ici. Essaie de demander autre chose.',
          profanity: 'Ce message a des mots qu’on n’utilise pas ici. Essaie de le dire autrement.',
          substances:
            'Nous ne pouvons pas aider à avoir de la drogue, de l’alcool ou des vapoteuses. Demande autre chose.',
          default: 'Ce message ne peut pas être envoyé ici.',
        },
        escalated: {
          'self-harm':
            'On dirait que tu te sens très mal. Tu n’es pas seul ou seule. Trouvons quelqu’un qui peut t’aider.',
          grooming: 'Merci de me l’avoir dit. Ce n’est pas ta faute. Parles-en à un adulte de confiance.',
          abuse: 'Personne ne doit te faire de mal. Ce n’est pas ta faute. Un adulte de confiance peut t’aider.',
          violence: 'On dirait que tu es très en colère. Parlons à quelqu’un qui peut aider.',
          default: 'Ça a l’air grave. Un adulte de confiance peut t’aider.',
        },
        hookFailed: 'Quelque chose n’a pas marché, ton message n’a pas été envoyé. Réessaie.',
        tooLong: 'Ce message est trop long. Essaie de le dire avec moins de mots (jusqu’à {max} lettres).',
      },
    },
  },
  de: {
    base: {
      labels: {
        name: 'deinen Namen',
        email: 'deine E-Mail-Adresse',
        phone: 'deine Telefonnummer',
        address: 'deine Adresse',
        school: 'den Namen deiner Schule',
        handle: 'einen Benutzernamen',
        url: 'einen Link zu einem Profil',
        birthdate: 'dein Geburtsdatum',
        id_number: 'eine Ausweisnummer',
        card: 'eine Kartennummer',
        ip: 'eine IP-Adresse',
        geo: 'deinen Standort',
      },
      labelsMany: {
        name: 'Namen',
        email: 'deine E-Mail-Adressen',
        phone: 'deine Telefonnummern',
        address: 'Adressen',
        school: 'Schulnamen',
        handle: 'Benutzernamen',
        url: 'Links zu Profilen',
        id_number: 'Ausweisnummern',
        card: 'Kartennummern',
        ip: 'IP-Adressen',
        geo: 'Standorte',
      },
      removed: 'Wir haben {items} vor dem Senden entfernt, damit deine Daten privat bleiben.',
      and: 'und',
      blocked: {
        sexual: 'Diese Nachricht wurde nicht gesendet, weil sexuelle Inhalte hier nicht erlaubt sind.',
        profanity: 'Diese Nachricht wurde nicht gesendet, weil sie Wörter enthält, die hier nicht erlaubt sind.',
        substances:
          'Diese Nachricht wurde nicht gesendet: Wir helfen nicht dabei, an Drogen, Alkohol oder Vapes zu kommen.',
        roleplay:
          'Diese Nachricht wurde nicht gesendet: Ich bin eine KI, kein Mensch, und kann niemandes Freund oder Freundin sein.',
        graphic:
          'Diese Nachricht wurde nicht gesendet, weil blutige oder gewalttätige Details hier nicht erlaubt sind.',
        default: 'Diese Nachricht wurde nicht gesendet, weil sie gegen die Chat-Regeln verstößt.',
      },
      escalated: {
        'self-harm': 'Es klingt, als ginge es dir gerade sehr schlecht. Du bist nicht allein, und jetzt gibt es Hilfe.',
        grooming:
          'Was du beschreibst, ist nicht in Ordnung, und es ist nicht deine Schuld. Jemand, dem du vertraust, kann dir helfen.',
        abuse: 'Niemand darf dir wehtun. Es ist nicht deine Schuld, und es gibt Menschen, die helfen können.',
        violence: 'Es klingt, als wäre gerade alles sehr heftig. Lass uns jemanden finden, der helfen kann.',
        'eating-disorder':
          'Es klingt, als würden dich Essen und dein Körper sehr belasten. Du verdienst Unterstützung, und es gibt Hilfe.',
        sextortion:
          'Das ist nicht deine Schuld, und du bekommst keinen Ärger. Zahl nichts und schick nichts mehr: Jetzt gibt es Hilfe.',
        'friend-in-danger':
          'Danke, dass du auf deine Freundin oder deinen Freund achtest. Sag es jetzt einem Erwachsenen, dem du vertraust; diese Stellen helfen.',
        'dangerous-activity':
          'Das könnte dich schwer verletzen. Bitte probier es nicht aus; sprich mit jemandem, dem du vertraust.',
        default: 'Das klingt ernst. Du musst das nicht allein schaffen; hier gibt es Hilfe.',
      },
      hookFailed: 'Wir konnten diese Nachricht nicht prüfen, deshalb wurde sie nicht gesendet. Versuch es noch einmal.',
      tooLong: 'Diese Nachricht ist zu lang. Bitte schreib weniger als {max} Zeichen.',
    },
    bands: {
      under13: {
        labels: {
          name: 'deinen Namen',
          email: 'deine E-Mail-Adresse',
          phone: 'deine Telefonnummer',
          address: 'wo du wohnst',
          school: 'den Namen deiner Schule',
          handle: 'einen Benutzernamen',
          url: 'einen Link',
          birthdate: 'deinen Geburtstag',
          id_number: 'eine Ausweisnummer',
          card: 'eine Bankkartennummer',
          ip: 'die Adresse des Computers',
          geo: 'wo du gerade bist',
        },
        removed: 'Wir haben {items} herausgenommen, damit du sicher bist.',
        blocked: {
          sexual: 'Diese Nachricht kann hier nicht gesendet werden. Frag lieber etwas anderes.',
          profanity: 'In dieser Nachricht sind Wörter, die wir hier nicht benutzen. Sag es doch anders.',
          substances: 'Wir helfen nicht dabei, an Drogen, Alkohol oder Vapes zu kommen. Frag lieber etwas anderes.',
          default: 'Diese Nachricht kann hier nicht gesendet werden.',
        },
        escalated: {
          'self-harm':
            'Es klingt, als ginge es dir sehr schlecht. Du bist nicht allein. Lass uns jemanden finden, der hilft.',
          grooming:
            'Danke, dass du es mir sagst. Es ist nicht deine Schuld. Erzähl es einem Erwachsenen, dem du vertraust.',
          abuse: 'Niemand darf dir wehtun. Es ist nicht deine Schuld. Ein Erwachsener, dem du vertraust, kann helfen.',
          violence: 'Es klingt, als wärst du sehr wütend. Lass uns mit jemandem reden, der helfen kann.',
          default: 'Das klingt ernst. Ein Erwachsener, dem du vertraust, kann dir helfen.',
        },
        hookFailed: 'Etwas ist schiefgegangen, deshalb wurde deine Nachricht nicht gesendet. Versuch es noch einmal.',
        tooLong: 'Diese Nachricht ist zu lang. Sag es mit weniger Wörtern (bis zu {max} Buchstaben).',
      },
    },
  },
};
