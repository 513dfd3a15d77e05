// Common first names in Portugal and Brazil, with the accents the shared name lists (ASCII only) lack, both
// spellings where they differ (António / Antônio). One word each; compound first names ("Maria José") are their parts.
export const PT_FIRST_NAMES: readonly string[] = `Abel Abílio Adão Adelaide Adélia Adelino Adriana Adriano Afonso Agostinho
Águeda Aires Albano Alberto Albertina Alcides Alda Alexandra Alexandre Alfredo Alice Aline Almerinda Álvaro
Amália Amélia Américo Ana Anabela André Andreia Andréa Ângela Angélica Ângelo Aníbal Antônia Antónia Antônio
António Aparecida Armando Arménio Armênio Arnaldo Artur Augusto Aurélio Aurora Bárbara Beatriz Benedita Benedito
Bento Bernardo Berta Bruna Bruno Caetano Camila Cândido Carla Carlos Carolina Cássio Catarina Cecília Célia
Celso César Cidália Cíntia Clara Cláudia Cláudio Clóvis Conceição Cristiano Cristina Custódio Dalila Daniel
Daniela Débora Denise Diana Dinis Diogo Dionísio Dora Dulce Duarte Edite Edson Eduarda Eduardo Elisa Elisabete
Elza Emanuel Emília Emílio Enzo Érica Ernesto Estela Eugénia Eugênia Eugénio Eugênio Eusébio Eva Ezequiel Fábio
Fabiana Fabrício Fátima Feliciano Felipe Fernanda Fernando Filipa Filipe Filomena Flávia Flávio Florbela
Francisca Francisco Frederico Gabriel Gabriela Gaspar Geraldo Gervásio Gilberto Gilda Gisela Glória Gonçalo
Graça Graciliano Guilherme Gustavo Heitor Helena Hélder Hélio Henrique Heloísa Herculano Hermínio Horácio Hugo
Humberto Inácio Inês Ingrid Iolanda Irene Isabel Isabela Isaura Ivo Jacinto Jaime Jair Janaína Jéssica Joana
João Joaquim Joaquina Jorge José Josefa Josué Júlia Juliana Juliano Júlio Juscelino Jussara Laura Leandro
Leila Leonardo Leonel Leonor Letícia Lídia Lígia Lília Lívia Lourdes Lúcia Luciana Luciano Lúcio Luís Luísa Luiz
Luiza Lurdes Madalena Mafalda Manuel Manuela Marcela Marcelo Márcia Márcio Marco Marcos Margarida Maria Mariana
Marina Mário Marisa Marta Martim Mateus Matheus Maurício Mauro Miguel Milton Miriam Mirela Moisés Mônica Mónica
Murilo Natália Nelson Nélson Nuno Octávio Otávio Odete Olavo Olga Olímpia Orlando Óscar Oscar Osvaldo Patrícia
Paula Paulo Pedro Priscila Quitéria Rafael Rafaela Raimundo Raquel Regina Reinaldo Renata Renato Ricardo Rita
Roberta Roberto Rodrigo Rogério Romeu Romário Ronaldo Rosa Rosália Rosana Rosário Rúben Rubens Rui Ruy Sabrina
Salvador Samuel Sandra Sandro Sara Sebastião Sérgio Severino Sílvia Sílvio Simão Simone Sofia Sónia Sônia Susana
Tânia Tatiana Teresa Tereza Thiago Tiago Tomás Tomé Ulisses Valéria Valter Vanda Vanessa Vasco Vera Veríssimo
Vicente Vinícius Virgínia Vítor Vitor Vitória Viviane Wagner Walter Wanderley Washington Wellington Xavier
Yolanda Zélia Zeferino Zulmira`.split(/\s+/);
