/** Personal-data cue words of the es pack: see docs/language-packs.md and PackPII. */
import type { PackPII } from '../lang/types.js';

const pii: PackPII = {
  intros:
    'nombre:|nombre :|nombres:|apellido:|apellidos:|nombre completo:|nombre y apellido:|nombre y apellidos:|alumno:|alumna:|me llamo|me yamo|mi nombre es|mi nombre completo es|mi nombre real es|mi verdadero nombre es|mi apellido es|me dicen|me llaman|llámame|llamame',
  weak: 'soy el|soy la|acá el|aca el|acá la|aca la|aquí el|aqui el|aquí la|aqui la|soy|aquí es|aqui es|aquí habla|aqui habla|habla|en la vida real soy|en la vida real me llamo|en persona soy',
  starts: 'hola soy|holi soy|holaa soy|hey soy|buenas soy|qué onda soy|que onda soy|wenas soy',
  called:
    'se llama|se llamaba|el tal|la tal|un tal|una tal|llamado|llamada|se apellida|se apellidan|de apellido|le decimos|le dicen|todos le dicen|le apodan|su apodo es',
  relations:
    'bisabuelo bisabuela compa compi amigo amiga amigos amigas mamá mama mami papá papa papi madre padre hermano hermana hermanito hermanita primo prima tío tio tía tia abuelo abuela abuelito abuelita padrastro madrastra padrino madrina maestro maestra profe profesor profesora novio novia vecino vecina compañero compañera entrenador entrenadora niñera tutor tutora seño hijo hija esposo esposa nieto nieta sobrino sobrina cuñado cuñada ahijado ahijada best bestie',
  possessives: 'mi mis tu tus su sus nuestro nuestra nuestros nuestras el la los las un una',
  titles:
    'sr sra srta seño señor señora señorita profe maestro maestra profesor profesora entrenador entrenadora míster don doña doctora dra',
  schools:
    'I.E.|IE|institución educativa|institucion educativa|prepa|secu|técnica|tecnica|cole|conalep|inem|CEIP|IES|INEM|CONALEP|CECYT|CBTA|escuela secundaria técnica|escuela secundaria general|escuela secundaria|secundaria técnica|secundaria general|secundaria federal|escuela técnica|escuela primaria|escuela|colegio|instituto|liceo|secundaria|primaria|preparatoria|kinder|jardín de niños|IES|CEIP|CEIPS|IESO|CBTIS|CONALEP|EEST|EES|EEM|EET|EPET|CCH|ENP',
  streets:
    'av cll cl dg tv jr jr. colonia col. fraccionamiento fracc. urbanización urb. calle avenida avda av. c/ pasaje pje. pje psje. urba cll. cra. kra. jirón paseo camino plaza carrera calzada bulevar carretera privada callejón cerrada ronda travesía glorieta',
  births:
    'naci|nací|nació|nacio|nacido|nacida|nacimiento|cumpleaños|cumpleanos|cumple|fecha nac|f. nac|fecha de nac|soy del',
  months:
    'enero/ene febrero/feb marzo/mar abril/abr mayo junio/jun julio/jul agosto/ago septiembre/setiembre/sept/sep octubre/oct noviembre/nov diciembre/dic',
  lives:
    'vivo|vivimos|vive|viven|mi casa|mi dirección|mi direccion|nuestra casa|mi piso|mi depa|mi edificio|nos mudamos|me mudo|mudarnos|nos vamos a vivir',
  names:
    'lucía lucia sofía martina maría julia paula valeria emma daniela carla sara noa carmen claudia valentina jimena ximena camila luciana renata regina fernanda mariana victoria isabella romina florencia agustina catalina antonella guadalupe abril milagros josefina constanza josefa trinidad rocío rocio ana andrea elena laura irene marta natalia alejandra gabriela patricia verónica veronica adriana lorena silvia beatriz pilar cami sofi vale dani fer majo lupe nati mari cata anto coni trini hugo martín martin lucas mateo leo daniel alejandro pablo manuel álvaro alvaro adrián adrian david mario diego javier sergio marcos iker santiago sebastián sebastian matías matias nicolás nicolas benjamín benjamin joaquín joaquin tomás tomas agustín agustin emiliano thiago gael dylan bruno maximiliano felipe rodrigo gonzalo andrés andres ignacio francisco miguel josé jose juan luis carlos jorge fernando ricardo raúl raul eduardo alberto héctor hector santi benja seba nico tomi maxi nacho pancho paco pepe quique chema juanma lalo beto toño rafa fede facundo lautaro bautista valentino ian abril adri lázaro lazaro carmela agus agustín agustin aitana aitor alba alberto alicia alma amparo andrés andres ángel angel antonella antonio ariadna arturo beatriz benjamín benjamin bianca blanca brayan bruno candela carlos carolina catalina cecilia celia césar cesar claudio cristian cristina damián damian dana dayana delfi diego dylan eduardo emilia emilio emiliano enrique esteban eva fabián fabian facundo federico felipe fernando flor florencia fran francisco franco gael gabriel gonza gonzalo guada guillermo gustavo hernán hernan ian ignacio iker isabel ismael iván ivan ixchel jaime javi javier jazmín jazmin jesús jimena joaquín joaquin jorge josé jose juan juanjo juli julián julian julieta kevin lalo lara leonardo lorenzo luca luciano lupita luz maite manu manuela marcela marcos mariano marina mario marisol matías matias maximiliano mayra mica micaela miguel mireia nacho nahuel nerea nicolás nicolas nico noelia octavio olivia oriol paloma pancho paola pau pedro pepe pilar pipe rafa rafael ramiro raúl raul ricardo roberto rodrigo rosa rubén ruben salvador samuel santi santino sebas sebastián sebastian sergio tadeo tati thiago tiago tomás tomas toni uriel valentín valentin valentino vero vicente víctor victor wendy yeison yesi yolanda zoe vane vanesa vanessa jime juanchi juancho ernesto gerardo alfredo ramón ramon marcelo horacio graciela inma inmaculada ainhoa amaia leire itziar unai asier xabi tami pato chema paco lucho memo beto toño coni cami trini mica flaco juanpi luchi maca pili cris agos ale alex mati joaco lautaro bauti benja maxi rami thiago franco emi caro gabi juampi yamila naty paty pauli valen jaz mili luli guille gabo ceci belu meli brenda gise concha conchi encarna paquita manolo fermín fermin maruja loli puri charo chelo alfonso antonia',
  ambiguous:
    'mira abril luna flor blanca rosa luz paz sol mar mili dana alma pilar dolores amparo rocío rocio consuelo esperanza leo mario mercedes victoria mayo reyes cruz santos jesús jesus ángel angel salvador celeste clara nieves estrella gloria milagros soledad socorro rosario trinidad asunción fe perla dulce paloma coco chino rubio negro flaco flaca gordo gorda nacho franco pipe india remedios',
  people:
    'con|a|donde|contra|invité|invite|me invitó|invitó|me escribió|me contó|me llamó|me mandó|dile|dijo|le dije|le escribí|le escribi|escribí|escribi|le mandé|le mande|mandé|mande|ando con|salgo con|me junto con|hablé con|hable con|le gusta|le mola|enamorada de|enamorado de|sale con',
  stop: 'quien quién aries tauro géminis geminis cáncer virgo libra escorpio escorpión sagitario capricornio acuario piscis favorito favorita favoritos favoritas querido querida preferido preferida soy el la los las lo mi mis tu tus su sus es un una unos unas que de del y o con muy por para pero hola aqui aquí estoy estás está bien mal si sí no ya nada todo toda todos yo tú él ella nosotros me te se le les nos al en como cómo qué que cuando cuándo donde dónde porque porqué tengo tiene tienes hay fue era ser estar voy va vamos hace hizo años año mes día hoy mañana ayer pues bueno vale porfa gracias jaja jajaja lol xd este esta eso esa más menos tan también tambien siempre nunca otra otro muy mucho poco chiquita chiquito pequeña pequeño mayor menor mejor peor nuevo nueva dijo dice dicen dijeron puso pone pidió pide manda mandó explicó explica regañó regaña dio da tenía hizo fue estaba quiere quería sabe sin sobre hasta desde contra entre según durante chao chau adiós adios cuídate cuidate vemos noches tras ante bajo hacia solo sólo casi igual grande grandes chico chica cuanto cuánto ahora todavía luego antes después tampoco toma tomó online',
  me: 'yo mi mis me nosotros nuestro nuestra',
  with: 'con',
  and: 'y|e',
  particles: 'de del la las los el y número nº',
  is: 'es|era|:',
  signoffs:
    'atte.|atte|gracias|un beso|un besito|un besote|besote|besotes|un abrazo|abrazo|saludos|besos|besitos|abrazos|con cariño|tu amigo|tu amiga|chao|chau|adiós|adios|nos vemos|hasta luego|hasta mañana|buenas noches|cuídate|bye',
  handles:
    'mi nick es|mi nick en @ es|mi user en la play|mi usuario en la play|en la play soy|en la play me llamo|búscame en @ como|buscame en @ como|búscame en @|buscame en @|búscame como|buscame como|agrégame como|agregame como|mi display es|stremeo como|transmito como|mi usuario en @ es|mi usuario de @ es|mi user de @ es|mi nick de @ es|mi nombre de @ es|mi usuario es|mi usuario|mi nombre en @ es|en @ me llamo|en @ soy|agrégame en @|agregame en @|agrégame al @|agregame al @|agrégame|agregame|sígueme en @|sigueme en @|sígueme|nombre de usuario|usuario',
  ages: 'mis quince|mis xv|cumplo años|cumplo añitos|hago años|cumplo ~ #|voy a cumplir #|cumpliré #|cumplire #|mis # años|mis # añitos',
  same: 'como yo|igual que yo|el mismo día que yo|igual que el mío',
  theirs: 'nació|nacio|vivía|vivia|vivió|vive|viven',
  ids: 'número de estudiante|numero de estudiante|número de alumno|numero de alumno|matrícula|matricula|tarjeta de identidad|cédula de ciudadanía|cedula de ciudadania|documento de identidad|número de documento|numero de documento|tarjeta de la biblio|tarjeta de la biblioteca|tarjeta de biblioteca|carnet de la biblio|carnet de la biblioteca|carnet de biblioteca|carnet de estudiante|credencial de estudiante|TI|dni|nie|curp|rfc|cédula|cedula|rut|run|pasaporte|seguro social|número de seguridad social|tarjeta sanitaria|nif|cuil|cuit|mi documento|documento|número de seguimiento|numero de seguimiento|código de reserva|codigo de reserva|localizador|número de socio|numero de socio|número de cliente|numero de cliente|número de lector|numero de lector',
  phones:
    'escrib mensaj whats wsp número numero llámame llamame llama celular cel teléfono telefono móvil movil fijo whatsapp wasap',
  postcodes: 'código postal|codigo postal|cp',
  corners: 'esquina de * y *|en la esquina de * y *|esquina * y *',
  invents:
    'escribe un cuento|escríbeme un cuento|escribe una historia|escríbeme una historia|inventa una historia|inventa un cuento|invéntate una historia|cuéntame un cuento|escribe * cuento|escribe * historia|mi cuento|mi relato|mi novela|mi fanfic|mi historia inventada|capítulo|adivinanza|chiste|personaje inventado|personaje ficticio',
  works: 'leer cuento lectura canción cancion película pelicula libro serie disco álbum album título',
  sites: 'web página pagina blog canal perfil cuenta tienda',
  made: 'hice|creé|cree|hicimos|tengo|armé|arme|mira mi|aquí está mi|aqui esta mi',
  households: 'casa de los|casa de la familia|familia|los señores',
  turns: 'cumple|cumplo|cumplirá|cumplira|cumpliré|cumplire|va a cumplir|voy a cumplir|cumplimos',
  celebrates: 'cumple años|cumple anos|cumple|cumplía|cumplia|cumplió|cumplio|celebra|festeja',
  cards: 'tarjeta|tarjeta de crédito|tarjeta de débito|visa|mastercard',
  homes: 'casa departamento depa apartamento edificio',
  near: 'al lado de|junto a|enfrente de|frente a|detrás de|detras de|atrás de|atras de|arriba de|encima de|pegado a|al costado de',
  pets: 'perro perrito perra gato gatito gata hámster hamster conejo pez tortuga loro pájaro caballo cobaya cuyo mono ratón raton ratoncito cerdito cerdo vaca oveja pato pollito gallina burro oso zorro rana serpiente iguana periquito canario hurón huron erizo jirafa elefante elefanta león leona tigre tigresa cebra panda pingüino delfín foca koala canguro hipopótamo rinoceronte gorila nutria guepardo',
  famous:
    'shakira messi lionel_messi cristiano_ronaldo frida_kahlo don_quijote peppa_pig bob_esponja harry_potter mozart beethoven bad_bunny karol_g simón_bolívar cristóbal_colón papá_noel papa_noel romeo plaza_sésamo ratoncito_pérez ratón_pérez peso_pluma feid j_balvin maluma quevedo bizarrap duki emilia_mernes tini_stoessel nicki_nicole lali_espósito becky_g anuel daddy_yankee lamine_yamal pedri gavi nico_williams vinícius rafa_nadal carlos_alcaraz fernando_alonso checo_pérez sergio_ramos iker_casillas diego_maradona auronplay thegrefg rubius elrubius vegetta777 willyrex el_chavo',
  classics:
    'don quijote|el quijote|la casa de bernarda alba|bodas de sangre|yerma|el lazarillo de tormes|lazarillo de tormes|la celestina|marianela|cien años de soledad|crónica de una muerte anunciada|el principito|la sombra del viento|manolito gafotas|el diario de ana frank|como agua para chocolate|pedro páramo|la vida es sueño|don juan tenorio|el árbol de la ciencia|fuenteovejuna|platero y yo|harry potter|one piece|naruto|stardew valley|hogwarts legacy|la casa de papel|el señor de los anillos|las crónicas de narnia|los juegos del hambre|el diario de greg',
  /** A verb in -a, -e or -ó and its object after the name ("mi abuela conchi hace unas croquetas"). */
  verbAfter: String.raw`^[ \t]+\p{Ll}{2,}(?:a|e|ó)[ \t]+(?:un|una|unos|unas|el|la|los|las|mi|mis|tu|tus|su|sus|al|del|muchas?|muchos?)(?![\p{L}])`,
  /** A Colombian address: a numbered street, "#" or "n°", the cross street's number and the metres ("cll 80 #24-15", "cra 15 n 93-47", "dg 45 sur # 12-08"); a block and a house or plot ("manzana 4 casa 12", "mz 3 lote 8"). */
  addresses: String.raw`(?<![\p{L}\p{N}])(?:calle|cll|cl|carrera|cra|kra|kr|diagonal|dg|transversal|tv|avenida|av|ak|ac)\.?[ \t]*\d{1,3}[ \t]?[a-z]?(?:[ \t]+bis)?(?:[ \t]+(?:sur|norte|este))?[ \t]*(?:#|n[°º]?\.?|no\.?|nro\.?)[ \t]*\d{1,3}[ \t]?[a-z]?(?:[ \t]+(?:sur|norte|este))?[ \t]*-[ \t]*\d{1,3}(?![\p{N}])(?:[ \t]+(?:sur|norte|este))?
(?<![\p{L}])(?:manzana|mza?\.?)[ \t]*\d{1,4}[a-z]?[ \t]*,?[ \t]*(?:casa|lote|lt\.?|villa)[ \t]*\d{1,4}[a-z]?(?![\p{N}])`,
};

export default pii;
