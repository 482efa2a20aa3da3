import { describe, expect, it } from 'vitest';
import { deriveShortTitle } from '../../../electron/core/short-title';

describe('derived short titles (the Chicago rule: main title, up to four words)', () => {
  it('keeps the English rule: no leading article, no subtitle, not ending on a function word', () => {
    expect(deriveShortTitle('The Russo-Ukrainian War: The Return of History')).toBe('Russo-Ukrainian War');
    expect(deriveShortTitle('Grain Shipments Resume from Odesa Port')).toBe('Grain Shipments Resume');
    expect(deriveShortTitle('Kyiv rejects recognising Donbas as Russian')).toBe(
      'Kyiv rejects recognising Donbas',
    );
  });

  it('never ends an Arabic short title on a preposition or conjunction', () => {
    // Tester finding: `استئناف شحنات الحبوب من` ("resumption of grain shipments from").
    expect(deriveShortTitle('استئناف شحنات الحبوب من ميناء أوديسا بعد إصلاح الأضرار')).toBe(
      'استئناف شحنات الحبوب',
    );
    expect(deriveShortTitle('وصول سفن الحبوب إلى ميناء أوديسا')).toBe('وصول سفن الحبوب');
    expect(deriveShortTitle('محادثات الهدنة تستأنف في الدوحة غدا')).toBe('محادثات الهدنة تستأنف');
    expect(deriveShortTitle('قرار وزاري جديد على أساس الاتفاق')).toBe('قرار وزاري جديد');
    // A function word inside the four stays; one standing alone at the end goes.
    expect(deriveShortTitle('الحرب في أوكرانيا و في غزة')).toBe('الحرب في أوكرانيا');
    // Nor on the Arabic comma before it.
    expect(deriveShortTitle('صادرات الحبوب الأوكرانية، بعد الهجوم على الميناء')).toBe(
      'صادرات الحبوب الأوكرانية',
    );
    expect(deriveShortTitle('أوديسا، الميناء يعود')).toBe('أوديسا، الميناء يعود');
  });

  it('never ends a Hebrew short title on a preposition', () => {
    expect(deriveShortTitle('שר החוץ נפגש עם עמיתו הטורקי')).toBe('שר החוץ נפגש');
    expect(deriveShortTitle('דיון נוסף בכנסת על הפסקת האש')).toBe('דיון נוסף בכנסת');
    expect(deriveShortTitle('התבואה יוצאת מהנמל של אודסה')).toBe('התבואה יוצאת מהנמל');
    expect(deriveShortTitle('משלוחי התבואה מנמל אודסה חודשו לאחר תיקון הנזקים')).toBe(
      'משלוחי התבואה מנמל אודסה',
    );
  });

  it('drops trailing French, Spanish, German and Russian function words too', () => {
    expect(deriveShortTitle('Reprise des exportations de céréales')).toBe('Reprise des exportations');
    expect(deriveShortTitle('Reanudación del comercio por el mar Negro')).toBe('Reanudación del comercio');
    expect(deriveShortTitle('Ukraine exportiert wieder über das Schwarze Meer')).toBe(
      'Ukraine exportiert wieder',
    );
    expect(deriveShortTitle('Экспорт зерна возобновлён из Одессы')).toBe('Экспорт зерна возобновлён');
  });
});
