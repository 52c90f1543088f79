using System;

namespace TypedFacts
{
    /// <summary>A text the facts of a model are distilled from (a fact file's <c>sources</c>).</summary>
    public sealed class FactSource
    {
        /// <summary>Creates a source; generated code calls this once per source.</summary>
        /// <param name="id">The source's id in the fact file.</param>
        /// <param name="title">Its title.</param>
        /// <param name="published">When it was published, to the precision known; null for an undated text.</param>
        /// <param name="url">Where it can be read, when known.</param>
        /// <param name="file">The file holding its text, relative to the fact file, when there is one.</param>
        public FactSource(string id, string title, FactDate? published, Uri? url, string? file)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Published = published;
            Url = url;
            File = file;
        }

        /// <summary>The source's id in the fact file: <c>Article000</c>.</summary>
        public string Id { get; }

        /// <summary>The source's title.</summary>
        public string Title { get; }

        /// <summary>When it was published, to the precision known; null for an undated text.</summary>
        public FactDate? Published { get; }

        /// <summary>Where it can be read, when known.</summary>
        public Uri? Url { get; }

        /// <summary>The file holding its text, relative to the fact file that declares it; its quotes were checked against it.</summary>
        public string? File { get; }

        /// <summary>The source's id.</summary>
        /// <returns><see cref="Id"/>.</returns>
        public override string ToString() => Id;
    }
}
