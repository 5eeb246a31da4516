namespace AiRegAnalyzers.Sinks;

/// <summary>
/// The holes of a message template: MEL/Serilog/NLog named holes (<c>{Email}</c>, <c>{@User}</c>,
/// <c>{$User}</c>, <c>{Count,5:D}</c>) or composite-format holes (<c>{0}</c>). <c>{{</c> and <c>}}</c> are escapes.
/// </summary>
internal readonly struct MessageTemplate
{
    private MessageTemplate(List<Hole> holes) => Holes = holes;

    public IReadOnlyList<Hole> Holes { get; }

    /// <summary>Whether every hole is a number, i.e. arguments bind by index (<c>string.Format</c> style).</summary>
    public bool IsComposite
    {
        get
        {
            foreach (var hole in Holes)
            {
                if (hole.Index < 0)
                {
                    return false;
                }
            }

            return Holes.Count > 0;
        }
    }

    public static MessageTemplate Parse(string text)
    {
        var holes = new List<Hole>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = text.IndexOf('}', i + 1);
                if (end < 0)
                {
                    break;
                }

                holes.Add(Hole.Create(text, i, end - i + 1));
                i = end;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                i++;
            }
        }

        return new MessageTemplate(holes);
    }

    /// <summary>The hole that binds to the value at <paramref name="position"/> among the template's arguments, if any.</summary>
    public Hole? HoleFor(int position)
    {
        if (IsComposite)
        {
            foreach (var hole in Holes)
            {
                if (hole.Index == position)
                {
                    return hole;
                }
            }

            return null;
        }

        // Named holes bind in order, one argument each (Microsoft.Extensions.Logging, Serilog, NLog).
        return position >= 0 && position < Holes.Count ? Holes[position] : null;
    }

    public readonly struct Hole
    {
        private Hole(int start, int length, string name, bool isDestructured, int index)
        {
            Start = start;
            Length = length;
            Name = name;
            IsDestructured = isDestructured;
            Index = index;
        }

        /// <summary>Offset of <c>{</c> in the template text.</summary>
        public int Start { get; }

        /// <summary>Length including both braces.</summary>
        public int Length { get; }

        /// <summary>The name without operator, alignment or format (<c>User</c> for <c>{@User,10}</c>).</summary>
        public string Name { get; }

        /// <summary>Serilog/NLog <c>@</c>: the object is serialized member by member.</summary>
        public bool IsDestructured { get; }

        /// <summary>The number of a composite-format hole, else -1.</summary>
        public int Index { get; }

        internal static Hole Create(string text, int start, int length)
        {
            // One substring per hole: the name between the operator and any alignment or format.
            var from = start + 1;
            var end = start + length - 1;
            var destructured = from < end && text[from] == '@';
            if (from < end && (text[from] == '@' || text[from] == '$'))
            {
                from++;
            }

            var stop = from;
            while (stop < end && text[stop] != ',' && text[stop] != ':')
            {
                stop++;
            }

            while (from < stop && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (stop > from && char.IsWhiteSpace(text[stop - 1]))
            {
                stop--;
            }

            var name = text.Substring(from, stop - from);
            var index = int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : -1;
            return new Hole(start, length, name, destructured, index);
        }
    }
}
