/**
 * The books' names as labels show them in Spanish (Reina-Valera's names), beside the English
 * names of books.ts: a reader whose interface is Spanish reads "Juan 3:16", "Salmo 23".
 */
import type { Book, BookId } from './books';

/** The languages labels are written in. */
export type LabelLanguage = 'en' | 'es';

/** The label language for an interface language (a BCP 47 tag): Spanish for any `es`, else English. */
export function labelLanguage(tag: string | undefined): LabelLanguage {
  return /^es(?:-|$)/i.test(tag ?? '') ? 'es' : 'en';
}

/** A book's name in `language` ("1 John", "1 Juan"). */
export function bookName(book: Book, language: LabelLanguage): string {
  return language === 'es' ? SPANISH_BOOK_NAMES[book.id] : book.name;
}

/** Spanish names by OSIS id. */
const SPANISH_BOOK_NAMES: Readonly<Record<BookId, string>> = {
  Gen: 'Génesis',
  Exod: 'Éxodo',
  Lev: 'Levítico',
  Num: 'Números',
  Deut: 'Deuteronomio',
  Josh: 'Josué',
  Judg: 'Jueces',
  Ruth: 'Rut',
  '1Sam': '1 Samuel',
  '2Sam': '2 Samuel',
  '1Kgs': '1 Reyes',
  '2Kgs': '2 Reyes',
  '1Chr': '1 Crónicas',
  '2Chr': '2 Crónicas',
  Ezra: 'Esdras',
  Neh: 'Nehemías',
  Esth: 'Ester',
  Job: 'Job',
  Ps: 'Salmos',
  Prov: 'Proverbios',
  Eccl: 'Eclesiastés',
  Song: 'Cantares',
  Isa: 'Isaías',
  Jer: 'Jeremías',
  Lam: 'Lamentaciones',
  Ezek: 'Ezequiel',
  Dan: 'Daniel',
  Hos: 'Oseas',
  Joel: 'Joel',
  Amos: 'Amós',
  Obad: 'Abdías',
  Jonah: 'Jonás',
  Mic: 'Miqueas',
  Nah: 'Nahúm',
  Hab: 'Habacuc',
  Zeph: 'Sofonías',
  Hag: 'Hageo',
  Zech: 'Zacarías',
  Mal: 'Malaquías',
  Matt: 'Mateo',
  Mark: 'Marcos',
  Luke: 'Lucas',
  John: 'Juan',
  Acts: 'Hechos',
  Rom: 'Romanos',
  '1Cor': '1 Corintios',
  '2Cor': '2 Corintios',
  Gal: 'Gálatas',
  Eph: 'Efesios',
  Phil: 'Filipenses',
  Col: 'Colosenses',
  '1Thess': '1 Tesalonicenses',
  '2Thess': '2 Tesalonicenses',
  '1Tim': '1 Timoteo',
  '2Tim': '2 Timoteo',
  Titus: 'Tito',
  Phlm: 'Filemón',
  Heb: 'Hebreos',
  Jas: 'Santiago',
  '1Pet': '1 Pedro',
  '2Pet': '2 Pedro',
  '1John': '1 Juan',
  '2John': '2 Juan',
  '3John': '3 Juan',
  Jude: 'Judas',
  Rev: 'Apocalipsis',
};
