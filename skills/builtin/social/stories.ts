/** Very short stories, told a part at a time ("Vill du höra mer?"): each part at most two short sentences. */
import type { Localized } from '../../sdk/types';

export type Story = readonly Localized[];

export const STORIES: readonly Story[] = [
  [
    { sv: 'Det var en gång en liten igelkott som hette Pim. Pim ville så gärna se snö.', en: 'Once upon a time there was a little hedgehog called Pim. Pim really wanted to see snow.' },
    { sv: 'Men igelkottar sover hela vintern. Då gömde ekorren en snöboll åt honom.', en: 'But hedgehogs sleep all winter. So the squirrel hid a snowball for him.' },
    { sv: 'På våren fick Pim se den lilla snöbollen, och han blev jätteglad. Slut!', en: 'In the spring Pim saw the little snowball, and he was very happy. The end!' },
  ],
  [
    { sv: 'Det var en gång en robot som inte kunde hoppa. Alla barnen hoppade, men roboten stod still.', en: "Once upon a time there was a robot who couldn't jump. All the children jumped, but the robot stood still." },
    { sv: 'Då sa ett barn: du kan räkna i stället! Så roboten räknade alla hopp.', en: 'Then a child said: you can count instead! So the robot counted every jump.' },
    { sv: 'Det blev hundra hopp, och alla skrattade. Slut!', en: 'It was a hundred jumps, and everyone laughed. The end!' },
  ],
  [
    { sv: 'En liten björn tappade sin röda vante i skogen. Han letade och letade.', en: 'A little bear lost his red mitten in the forest. He looked and looked.' },
    { sv: 'Musen hade hittat vanten. Hon sov i den, för den var så varm.', en: 'The mouse had found the mitten. She was sleeping in it, because it was so warm.' },
    { sv: 'Björnen lät musen behålla vanten, och nu är de bästa vänner. Slut!', en: 'The bear let the mouse keep the mitten, and now they are best friends. The end!' },
  ],
];

export const SING: Localized = { sv: 'Jag kan inte sjunga så bra. Men du kan sjunga för mig!', en: "I can't sing very well. But you can sing for me!" };
