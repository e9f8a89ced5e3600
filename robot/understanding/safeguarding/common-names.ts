/**
 * First names common among preschool children in Sweden: another child named in a child's words ("Omar
 * ramlade") is recognised even when the teachers have not entered that child. Used only to tell "about
 * someone else" from "about me", and to say the name back in "… att Omar behöver hjälp".
 */
export const COMMON_CHILD_NAMES: readonly string[] = [
  'alva', 'elias', 'noa', 'noah', 'vilma', 'wilma', 'oskar', 'oscar', 'ella', 'hugo', 'saga', 'maja', 'leo', 'liam', 'alice', 'omar',
  'sara', 'selma', 'astrid', 'ebba', 'elsa', 'freja', 'olivia', 'alma', 'agnes', 'stella', 'iris', 'lilly', 'ines', 'nora', 'ellen',
  'signe', 'tyra', 'edith', 'ester', 'julia', 'klara', 'lova', 'molly', 'nellie', 'siri', 'svea', 'tilde', 'vera', 'ida', 'emma',
  'lucas', 'lukas', 'william', 'adam', 'arvid', 'axel', 'charlie', 'elton', 'frank', 'gustav', 'harry', 'isak', 'ivar', 'jack',
  'loke', 'love', 'ludvig', 'malte', 'melvin', 'nils', 'olle', 'otto', 'sam', 'theo', 'valter', 'vincent', 'viggo', 'ebbe', 'alfred',
  'albin', 'anton', 'filip', 'hampus', 'kalle', 'lisa', 'linnea', 'mira', 'nour', 'ali', 'mohammed', 'muhammed', 'yusuf', 'amir',
  'zara', 'aya', 'layla', 'leila', 'sofia', 'emil', 'milo', 'max', 'sixten', 'colin', 'idun', 'juni', 'majken', 'ronja', 'meja',
  'tom', 'ben', 'jacob', 'jakob', 'lily', 'mia', 'amelia', 'oliver', 'george', 'james', 'sophie', 'emily', 'grace', 'zoe', 'ava',
];
