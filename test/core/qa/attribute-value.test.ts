import { describe, expect, it } from 'vitest';
import { attributeValues, enumeratedValues } from '../../../src/core/qa/attribute-value.ts';

const values = (text: string, noun: string) => attributeValues(text, noun).map((v) => v.text);

describe('attributeValues: the value written beside the noun asked about', () => {
  it('reads an appositive before the noun', () => {
    expect(values('He said that the snow leopard, the emblem of the games, stands for courage.', 'emblem')).toEqual(['snow leopard']);
  });

  it('reads a copula after the noun and its owner', () => {
    expect(values('The motto of the forum was Heritage for the Future, the organizers said.', 'motto')).toEqual(['Heritage for the Future']);
  });

  it('reads a quoted title after the noun', () => {
    expect(values('The session was held under the theme “Silk Road: Roads of Dialogue,” in Osh.', 'theme')).toEqual(['Silk Road: Roads of Dialogue']);
  });

  it('reads what a thing is called as its name, and only for a name', () => {
    expect(values('The union launched a student exchange programme called Kokpar Bridge last year.', 'name')).toEqual(['Kokpar Bridge']);
    expect(values('The union launched a student exchange programme called Kokpar Bridge.', 'theme')).toEqual([]);
  });

  it('gives nothing where the noun has no value beside it', () => {
    expect(values('The symbol was not chosen yet.', 'symbol')).toEqual([]);
    expect(values('Ministers discussed the theme at length.', 'theme')).toEqual([]);
  });
});

describe('enumeratedValues: the members listed right after the noun', () => {
  it('splits an enumeration at commas and "and", up to a clause word', () => {
    expect(enumeratedValues('The union rests on three pillars of shared language, joint schools and open archives, but it does more.', 'pillar').map((v) => v.text)).toEqual(['shared language', 'joint schools', 'open archives']);
  });

  it('gives nothing when no enumeration follows, or a member is a clause', () => {
    expect(enumeratedValues('The pillars of the bridge were repaired.', 'pillar')).toEqual([]);
    expect(enumeratedValues('Its goals are that every school teaches the common alphabet from next year, and music.', 'goal')).toEqual([]);
  });
});

