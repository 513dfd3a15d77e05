// Spanish role and title words that stand before or beside a name ("el presidente Pedro Sánchez", "la ministra de
// Sanidad, Ana Ruiz"). Lower case, one word each: hyphenated titles by their parts, as the tokenizer splits them.
export const ES_ROLE_WORDS: readonly string[] = `presidente presidenta vicepresidente vicepresidenta ministro ministra
primer primera canciller gobernador gobernadora diputado diputada eurodiputado eurodiputada senador senadora
concejal concejala alcalde alcaldesa secretario secretaria subsecretario subsecretaria embajador embajadora cónsul
juez jueza fiscal magistrado magistrada abogado abogada general coronel capitán comandante almirante teniente
papa cardenal obispo arzobispo padre rey reina príncipe princesa portavoz vocero vocera ex líder dirigente
coordinador coordinadora director directora gerente fundador fundadora empresario empresaria banquero ejecutivo
ejecutiva consejero consejera asesor asesora entrenador entrenadora seleccionador delantero portero profesor
profesora doctor doctora rector rectora economista analista investigador investigadora científico científica
historiador historiadora autor autora escritor escritora actor actriz cantante periodista corresponsal editor
editora columnista candidato candidata delegado delegada comisario comisaria inspector inspectora jefe jefa`
  .split(/\s+/)
  .flatMap((w) => w.split('-'));
