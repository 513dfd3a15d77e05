// Multi-word and short names of Portuguese, Brazilian and Lusophone organisations, as Portuguese news writes them,
// for the entity model's phrase table (beside the shared English lists of ../shared/data/gazetteers, which hold
// party acronyms and universities but few Portuguese full names). Written for Lede from general knowledge. One name
// a line; the trainer keys them as the tokenizer splits running text, and leaves out one-word names that are
// ordinary words ("Público", "Estado"). Evidence for the tagger, never a verdict: "Vale" and "PS" are words too.

const lines = (text: string): readonly string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Political parties of the Lusophone countries, and the usual Portuguese names of foreign ones. */
export const PT_PARTIES = lines(`
Partido dos Trabalhadores
Partido da Social Democracia Brasileira
Partido do Movimento Democrático Brasileiro
Movimento Democrático Brasileiro
Partido da Frente Liberal
Partido Democrático Trabalhista
Partido Trabalhista Brasileiro
Partido Progressista Brasileiro
Partido Progressista Reformador
Partido Progressista
Partido Socialista Brasileiro
Partido Comunista do Brasil
PC do B
Partido Popular Socialista
Partido Liberal
Partido da Reconstrução Nacional
Partido Verde
Partido Socialismo e Liberdade
Partido Social Democrático
Partido Social Liberal
Partido Social Cristão
Democratas
Rede Sustentabilidade
Partido Socialista
Partido Social Democrata
Partido do Centro Democrático Social
Centro Democrático Social
CDS-PP
Partido Popular
Partido Comunista Português
Partido Ecologista Os Verdes
Os Verdes
Bloco de Esquerda
Coligação Democrática Unitária
Partido Renovador Democrático
Partido Socialista Revolucionário
União Democrática Popular
Iniciativa Liberal
Partido Popular Monárquico
Movimento Popular de Libertação de Angola
União Nacional para a Independência Total de Angola
Frente Nacional de Libertação de Angola
Frente de Libertação de Moçambique
Resistência Nacional Moçambicana
Partido Africano da Independência da Guiné e Cabo Verde
Partido Africano da Independência de Cabo Verde
Movimento para a Democracia
Frelimo
Renamo
Unita
PAICV
PAIGC
Partido Democrata
Partido Republicano
Partido Trabalhista
Partido Conservador
Partido Comunista
Partido Popular Europeu
Partido Socialista Europeu
Partido Nacional Africano
Congresso Nacional Africano
Partido Revolucionário Institucional
Partido Justicialista
Frente Nacional
Democracia Cristã
Likud
Sinn Féin
`);

/** Companies, banks and sports clubs. */
export const PT_COMPANIES = lines(`
Petrobras
Petrobrás
Petróleo Brasileiro
Companhia Vale do Rio Doce
Vale do Rio Doce
Embraer
Eletrobrás
Eletrobras
Telebrás
Telebras
Embratel
Telesp
Banco do Brasil
Caixa Econômica Federal
Caixa Econômica
Bradesco
Banco Bradesco
Itaú
Banco Itaú
Unibanco
Banespa
Banco do Estado de São Paulo
Banerj
Banco Real
Banco Econômico
Banco Nacional
Varig
Vasp
Transbrasil
TAM
Ambev
Brahma
Antarctica
Sadia
Perdigão
Gerdau
Odebrecht
Votorantim
Pão de Açúcar
Souza Cruz
Usiminas
Companhia Siderúrgica Nacional
Cosipa
Sabesp
Cemig
Eletropaulo
Autolatina
Volkswagen do Brasil
Fiat Automóveis
General Motors do Brasil
Mercedes-Benz do Brasil
Galp
Galp Energia
Petrogal
EDP
Electricidade de Portugal
Energias de Portugal
Portugal Telecom
Telecom Portugal
CTT
Correios
Correios de Portugal
TAP
TAP Air Portugal
Transportes Aéreos Portugueses
Caixa Geral de Depósitos
Banco Espírito Santo
Banco Comercial Português
Millennium BCP
Banco Português do Atlântico
Banco Português de Investimento
Banco Totta & Açores
Banco Pinto & Sotto Mayor
Banco Fonsecas & Burnay
Crédito Predial Português
Montepio Geral
Banco Borges & Irmão
Sonae
Jerónimo Martins
Cimpor
Portucel
Soporcel
Quimigal
Setenave
Lisnave
Siderurgia Nacional
Comboios de Portugal
Caminhos de Ferro Portugueses
Metropolitano de Lisboa
Carris
Mota-Engil
Sonangol
Endiama
Benfica
Sport Lisboa e Benfica
Sporting Clube de Portugal
Sporting
FC Porto
Futebol Clube do Porto
Boavista
Belenenses
Os Belenenses
Vitória de Guimarães
Vitória de Setúbal
Sporting de Braga
SC Braga
Marítimo
Académica
Académica de Coimbra
Farense
Estrela da Amadora
Gil Vicente
Salgueiros
Beira-Mar
União de Leiria
Rio Ave
Paços de Ferreira
Flamengo
Clube de Regatas do Flamengo
Fluminense
Vasco da Gama
Botafogo
Corinthians
Sport Club Corinthians Paulista
Palmeiras
Sociedade Esportiva Palmeiras
São Paulo Futebol Clube
Santos Futebol Clube
Grêmio
Sport Club Internacional
Cruzeiro
Atlético Mineiro
Clube Atlético Mineiro
Atlético Paranaense
Coritiba
Esporte Clube Bahia
Esporte Clube Vitória
Sport Club do Recife
Náutico
Guarani
Ponte Preta
Bragantino
Juventude
Paysandu
`);

/** Institutions: courts, legislatures, ministries' agencies, the police, public institutes, universities and international bodies. */
export const PT_INSTITUTIONS = lines(`
Supremo Tribunal Federal
STF
Superior Tribunal de Justiça
STJ
Tribunal Superior Eleitoral
TSE
Tribunal Regional Eleitoral
Tribunal Superior do Trabalho
Tribunal de Contas da União
TCU
Tribunal de Contas
Tribunal Constitucional
Supremo Tribunal de Justiça
Supremo Tribunal Administrativo
Procuradoria-Geral da República
Procuradoria Geral da República
Ministério Público
Ministério Público Federal
Polícia Federal
Polícia Militar
Polícia Civil
Polícia Judiciária
Polícia de Segurança Pública
Guarda Nacional Republicana
GNR
PSP
Serviço de Estrangeiros e Fronteiras
Receita Federal
Banco Central
Banco Central do Brasil
Banco Central Europeu
Banco de Portugal
Banco Nacional de Desenvolvimento Econômico e Social
BNDES
Instituto Brasileiro de Geografia e Estatística
IBGE
Instituto Nacional de Estatística
INE
Instituto de Pesquisa Econômica Aplicada
Ipea
Instituto Nacional do Seguro Social
INSS
Instituto Nacional de Colonização e Reforma Agrária
Incra
Fundação Nacional do Índio
Funai
Ibama
Anatel
Aneel
Comissão de Valores Mobiliários
CVM
Comissão do Mercado de Valores Mobiliários
CMVM
Bolsa de Valores de São Paulo
Bovespa
Bolsa de Mercadorias & Futuros
Bolsa de Valores de Lisboa
Bolsa de Lisboa
Bolsa do Porto
Itamaraty
Congresso Nacional
Câmara dos Deputados
Senado Federal
Assembleia da República
Assembleia Legislativa
Câmara Municipal
Câmara Municipal de Lisboa
Câmara Municipal do Porto
Conselho de Ministros
Presidência da República
Casa Civil
Forças Armadas
Força Aérea
Força Aérea Brasileira
Força Aérea Portuguesa
Marinha
Exército
Conselho de Segurança
Organização das Nações Unidas
Nações Unidas
ONU
União Europeia
Comunidade Europeia
Comunidade Económica Europeia
Comunidade Econômica Européia
CEE
Comissão Europeia
Comissão Européia
Parlamento Europeu
Conselho Europeu
Tribunal de Justiça Europeu
Organização do Tratado do Atlântico Norte
NATO
OTAN
Fundo Monetário Internacional
FMI
Banco Mundial
Banco Interamericano de Desenvolvimento
BID
Organização Mundial do Comércio
OMC
Organização Mundial da Saúde
OMS
Organização Internacional do Trabalho
OIT
Organização dos Estados Americanos
OEA
Organização para a Cooperação e Desenvolvimento Económico
OCDE
Organização dos Países Exportadores de Petróleo
Opep
OPEP
Comunidade dos Países de Língua Portuguesa
CPLP
Mercosul
Cruz Vermelha
Comité Olímpico Internacional
Comitê Olímpico Internacional
COI
Central Única dos Trabalhadores
CUT
Força Sindical
Confederação Geral dos Trabalhadores Portugueses
CGTP
CGTP-IN
União Geral de Trabalhadores
UGT
Movimento dos Trabalhadores Rurais Sem Terra
Movimento dos Sem-Terra
MST
Ordem dos Advogados do Brasil
OAB
Ordem dos Advogados
Ordem dos Médicos
Conferência Nacional dos Bispos do Brasil
CNBB
Federação das Indústrias do Estado de São Paulo
Fiesp
Confederação Nacional da Indústria
CNI
Febraban
Confederação Brasileira de Futebol
CBF
Federação Portuguesa de Futebol
FPF
Fifa
FIFA
Uefa
UEFA
Sebrae
Senai
Senac
Sesc
Detran
Procon
Fiocruz
Fundação Oswaldo Cruz
Instituto Butantan
Embrapa
Empresa Brasileira de Pesquisa Agropecuária
Instituto Nacional de Pesquisas Espaciais
INPE
CNPq
Capes
Fapesp
Universidade de São Paulo
USP
Universidade Estadual de Campinas
Unicamp
Universidade Estadual Paulista
Unesp
Universidade Federal de São Paulo
Unifesp
Universidade Federal do Rio de Janeiro
UFRJ
Universidade Federal de Minas Gerais
UFMG
Universidade Federal do Rio Grande do Sul
UFRGS
Universidade de Brasília
UnB
Pontifícia Universidade Católica
PUC
PUC-SP
PUC-Rio
Fundação Getúlio Vargas
FGV
Universidade de Lisboa
Universidade Nova de Lisboa
Universidade Técnica de Lisboa
Universidade Católica Portuguesa
Universidade Católica
Universidade de Coimbra
Universidade do Porto
Universidade do Minho
Universidade de Aveiro
Universidade de Évora
Universidade do Algarve
Universidade da Beira Interior
Universidade Aberta
Instituto Superior Técnico
ISCTE
Fundação Calouste Gulbenkian
Gulbenkian
Laboratório Nacional de Engenharia Civil
Serviço Nacional de Saúde
Sistema Único de Saúde
SUS
`);

/** Newspapers, magazines, broadcasters and news agencies. */
export const PT_OUTLETS = lines(`
Folha de S. Paulo
Folha de São Paulo
Folha da Tarde
Folha
O Estado de S. Paulo
Estado de S. Paulo
Estadão
O Globo
Jornal do Brasil
Jornal da Tarde
Gazeta Mercantil
Valor Econômico
Correio Braziliense
Zero Hora
Veja
IstoÉ
Isto É
Época
Exame
Agência Folha
Agência Estado
Agência Brasil
Agência Lusa
Lusa
Diário de Notícias
Jornal de Notícias
Correio da Manhã
O Independente
Semanário
Diário Económico
Jornal de Negócios
A Capital
O Jogo
A Bola
Rede Globo
TV Globo
Globo
SBT
TV Cultura
TV Bandeirantes
Rede Bandeirantes
Bandeirantes
TV Record
Rede Record
Rede Manchete
TV Manchete
Radiotelevisão Portuguesa
Rádio e Televisão de Portugal
RTP
RTP1
RTP2
SIC
TVI
TSF
Antena 1
Rádio Renascença
Renascença
Rádio Comercial
France Presse
Agence France-Presse
Associated Press
Reuters
Reuter
Efe
EFE
`);
