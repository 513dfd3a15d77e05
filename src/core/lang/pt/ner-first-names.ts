// Common first names in Portugal and Brazil, with the accents the shared name lists (ASCII only) lack, both
// spellings where they differ (António / Antônio). One word each; compound first names ("Maria José") are their parts.
export const PT_FIRST_NAMES: readonly string[] = `Abel Abelardo Abílio Abraão Acácio Adalberto Adão Adauto Adelaide
Adélia Adelino Adélio Ademar Ademir Adilson Adolfo Adriana Adriano Aécio Afonso Agnaldo Agostinho Águeda Ailton Aílton
Aires Albano Albertina Alberto Alceu Alcides Alcione Alda Aldir Aldo Alessandra Alexandra Alexandre Alexandrina
Alfredo Alice Aline Alípio Almerinda Almir Aloísio Aloysio Altamiro Aluísio Álvaro Amália Amaro Amélia Américo Amílcar
Ana Anabela Anacleto Anderson André Andréa Andreia Andressa Ângela Angélica Ângelo Aníbal Anísio Antero Antónia
Antônia António Antônio Aparecida Aparício Arlindo Armando Arménio Armênio Armindo Arnaldo Aroldo Arquimedes Artur
Ataíde Atílio Augusta Augusto Aurélio Aurora Baltazar Bárbara Basílio Beatriz Belmiro Benedita Benedito Benjamim Bento
Bernardino Bernardo Berta Betânia Brás Bráulio Brites Bruna Bruno Caetano Caio Camila Cândida Cândido Carla Carlos
Carmem Carmen Carolina Casimiro Cassiano Cássio Catarina Catarino Cecília Celestino Célia Celina Celso César Cesário
Cícero Cidália Cidinha Cíntia Cirilo Ciro Clara Clarice Claudete Cláudia Cláudio Cleber Cleide Cleonice Clóvis
Conceição Conrado Cosme Cremilda Cristiano Cristina Cristóvão Custódio Dalila Damião Daniel Daniela Dário Davi Débora
Delfim Délio Denise Deolinda Diamantino Diana Dilma Dinis Dinorá Diogo Dionísio Dirceu Djalma Domingas Domingos Dora
Doroteia Duarte Dulce Durval Edgar Edite Edmilson Edmundo Edna Ednaldo Edson Eduarda Eduardo Eliane Elisa Elisabete
Elisete Eliseu Elói Eloísa Elvira Elza Emanuel Emanuela Emília Emílio Enzo Epitácio Érica Ermelinda Ernesto Esmeralda
Estela Estêvão Eugénia Eugênia Eugénio Eugênio Eunice Eusébio Eva Evaristo Everaldo Ezequiel Fabiana Fábio Fabíola
Fabrício Fátima Faustino Fausto Feliciano Felipe Felisberto Felismina Ferdinando Fernanda Fernando Fernão Filipa
Filipe Filomena Firmino Flávia Flávio Florbela Floriano Florinda Fortunato Francelino Francisca Francisco Frederico
Fulgêncio Gabriel Gabriela Gaspar Gastão Geni Genival Genoveva Geraldina Geraldo Germano Gervásio Getúlio Gil Gilberto
Gilda Gildo Gisela Gisele Glauco Glória Gonçalo Graça Graciano Graciliano Gregório Guido Guilherme Gustavo Hamilton
Haroldo Heitor Hélder Helena Heleno Hélio Heloísa Henrique Herculano Hermano Hermínio Hilário Honório Horácio Hugo
Humberto Iara Idalina Ildefonso Inácia Inácio Inês Ingrid Iolanda Iracema Irene Irineu Isabel Isabela Isadora Isaías
Isaura Itamar Ivo Ivone Jacinto Jacó Jaime Jair Janaína Jandira Januário Jeremias Jerónimo Jerônimo Jéssica Jesuíno
Joana João Joaquim Joaquina Jordão Jorge José Josefa Josué Jovelina Judite Júlia Juliana Juliano Júlio Jurandir
Juscelino Jussara Juvenal Laura Lauro Lázaro Leandro Leila Leocádia Leonardo Leôncio Leonel Leonor Leopoldo Letícia
Lídia Lígia Lília Lindolfo Lino Lívia Lourdes Lucas Lucélia Lúcia Luciana Luciano Lucinda Lúcio Lucrécia Ludovina Luís
Luísa Luiz Luiza Lurdes Luzia Macário Madalena Mafalda Malaquias Manoel Manuel Manuela Marçal Marcela Marcelino
Marcelo Márcia Marcílio Márcio Marco Marcos Margarida Maria Mariana Mariano Marilena Marília Marina Mário Marisa
Marisete Marta Martim Mateus Matheus Matias Maurício Mauro Maximiano Maximino Micaela Miguel Milena Milton Mirela
Miriam Moacir Moacyr Moisés Mónica Mônica Murilo Nair Napoleão Narciso Natália Natércia Neide Nélia Nelson Nélson
Nicolau Nilo Nilson Nilton Noémia Noêmia Norberto Nuno Octávio Odair Odete Olavo Olegário Olga Olímpia Onofre Orestes
Orlando Oscar Óscar Osmar Osvaldo Otaviano Otávio Palmira Pascoal Patrícia Patrício Paula Paulo Pedro Pietro Plínio
Policarpo Porfírio Priscila Quintino Quitéria Rafael Rafaela Raimunda Raimundo Ramiro Raquel Raul Rebeca Regina
Reginaldo Reinaldo Renata Renato Ricardo Rita Roberta Roberto Rodrigo Rogério Romário Romeu Romualdo Ronaldo Rosa
Rosália Rosalina Rosana Rosângela Rosário Rosemary Rubem Rúben Rubens Rui Rute Ruy Sabrina Salvador Sálvio Samuel
Sandra Sandro Sara Saulo Sebastião Serafim Sérgio Severino Sidónio Sidônio Silvano Silvestre Sílvia Silvina Sílvio
Simão Simone Sinval Sofia Solange Sónia Sônia Sueli Suely Susana Tadeu Tânia Tarcísio Tarso Tatiana Teodoro Teotónio
Teotônio Teresa Tereza Tertuliano Thiago Tiago Tibério Timóteo Tito Tomás Tomé Ubaldo Ulisses Ulysses Urbano Valdemar
Valdir Valentim Valéria Valter Vanda Vanessa Vasco Venâncio Vera Vergílio Veríssimo Vicente Vilma Vinicius Vinícius
Virgílio Virgínia Vitor Vítor Vitória Viviane Vladimir Wagner Walter Wanderley Washington Wellington Wilson Xavier
Xisto Yolanda Zacarias Zeca Zeferino Zélia Zilda Zuleica Zulmira`.split(/\s+/);
