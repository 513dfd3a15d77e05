// Portuguese words that head or end organisation names ("Partido dos Trabalhadores", "Banco de Portugal",
// "Câmara dos Deputados", "Petróleo Brasileiro S.A."), both spellings where they differ. Lower case, one word each.
export const PT_ORG_WORDS: readonly string[] = `partido partidos banco ministério secretaria governo câmara assembleia
congresso senado parlamento tribunal supremo procuradoria prefeitura junta conselho comissão comité comitê
universidade faculdade instituto escola colégio academia fundação associação sindicato federação confederação
liga clube seleção selecção equipa equipe agência autoridade departamento direção direcção diretoria directoria
polícia exército marinha aeronáutica força forças guarda companhia empresa grupo sociedade editora jornal revista
rádio televisão tv hospital museu igreja frente movimento aliança união coligação serviço serviços bolsa tesouro
ordem teatro orquestra futebol esporte desporto lda ltda cia sa holding petróleos telecomunicações
organização observatório central nacional federal estadual municipal`.split(/\s+/);
