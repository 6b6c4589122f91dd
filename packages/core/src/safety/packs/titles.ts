/**
 * Names of games, their creatures and stories that children write the same
 * way in every language: each pack's `FRAME` concept (see
 * `LanguagePack.frames`) starts with them.
 */
export const TITLES =
  'minecraft,fortnite,roblox,among us,gta,zelda,pokemon,=mario,terraria,valorant,apex,call of duty,overwatch,clash royale,brawl stars,free fire,sims,hollow knight,elden ring,fnaf,undertale,genshin,geometry dash,skyrim,=npc,=pvp,respawn,wither,ender dragon,enderdrachen,creeper,impostor,harry potter,voldemort,naruto,=anime,=manga,fanfic*,wattpad';
