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

  it('keeps the number that tells a document from others of its kind', () => {
    // A new analyst's later note: "European Commission, Commission Implementing Regulation (EU), Art. 1."
    expect(
      deriveShortTitle(
        'Commission Implementing Regulation (EU) 2024/2754 of 29 October 2024 imposing a definitive countervailing duty',
      ),
    ).toBe('Commission Implementing Regulation (EU) 2024/2754');
    expect(deriveShortTitle('Security Council Resolution adopted unanimously 2722 on shipping')).toBe(
      'Security Council Resolution adopted unanimously 2722',
    );
    // A number in the first four words is cut as any word; a number far on is not reached.
    expect(deriveShortTitle('The 2024 Budget Review of Regional Transport')).toBe('2024 Budget Review');
    expect(deriveShortTitle('Grain Shipments Resume from Odesa Port after 3 Weeks')).toBe(
      'Grain Shipments Resume',
    );
  });

  it('keeps the first phrase of a Chinese or Japanese title, cut at a word, not the whole title', () => {
    // A new analyst's note 8 repeated nearly the whole title: there are no spaces to count words by.
    expect(
      deriveShortTitle(
        '商务部公告2024年第42号 关于对原产于欧盟的进口相关白兰地反倾销调查的初裁公告. MOFCOM Announcement',
      ),
    ).toBe('商务部公告2024年第42号');
    const cut = deriveShortTitle('关于对原产于欧盟的进口相关白兰地反倾销调查的初裁公告');
    expect([...cut].length).toBeLessThanOrEqual(15);
    expect('关于对原产于欧盟的进口相关白兰地反倾销调查的初裁公告'.startsWith(cut)).toBe(true);
    expect(cut.length).toBeGreaterThan(8);
    expect(deriveShortTitle('中国外交部：坚决反对')).toBe('中国外交部');
    expect(deriveShortTitle('日本政府、新たな制裁を発表')).toBe('日本政府');
  });
});
