// Portuguese role and title words that stand before or beside a name ("o presidente Luiz Inácio Lula da Silva", "a
// ministra X", "o porta-voz do partido"), both spellings (European and Brazilian) where they differ. Lower case,
// one word each: hyphenated titles are listed by their parts, as the tokenizer splits them ("porta", "voz").
// The NER lexicon marks them as role words; the entity roles can read the same list.
export const PT_ROLE_WORDS: readonly string[] = `presidente presidenta ministro ministra primeiro primeira premiê chanceler
governador governadora deputado deputada eurodeputado eurodeputada senador senadora vereador vereadora prefeito
prefeita autarca secretário secretária subsecretário subsecretária embaixador embaixadora cônsul diplomata
juiz juíza desembargador desembargadora procurador procuradora promotor promotora advogado advogada ministro-adjunto
general coronel capitão comandante almirante brigadeiro tenente sargento major marechal
papa cardeal bispo arcebispo padre pastor frei irmã monsenhor rabino imã aiatolá
rei rainha príncipe princesa imperador xeque sultão emir
porta voz vice ex líder dirigente coordenador coordenadora diretor diretora director directora gerente
fundador fundadora sócio sócia empresário empresária banqueiro executivo executiva administrador administradora
treinador treinadora técnico selecionador seleccionador avançado atacante médio zagueiro goleiro guarda-redes
professor professora doutor doutora dr dra sr sra srª dom dona reitor reitora
economista analista investigador investigadora pesquisador pesquisadora cientista historiador historiadora
autor autora escritor escritora poeta poetisa ator atriz actor actriz cantor cantora compositor compositora
realizador realizadora cineasta jornalista correspondente editor editora colunista
candidato candidata conselheiro conselheira assessor assessora delegado delegada comissário comissária
inspetor inspetora inspector inspectora chefe geral presidente-executivo bastonário bastonária provedor provedora`
  .split(/\s+/)
  .flatMap((w) => w.split('-'));
