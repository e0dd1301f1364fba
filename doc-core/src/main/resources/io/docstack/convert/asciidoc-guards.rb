# Guards inside Asciidoctor, loaded by AsciidocGuards.java into each instance.
#
# AttributeBudget counts the text attribute references add to one page and stops adding past the
# page's budget (the :docstack_max_attribute_bytes option, Limits.maxAttributeBytes). Every
# attribute substitution Asciidoctor makes (attribute entries, titles, paragraphs, include
# targets) goes through Substitutors#sub_attributes. Before it runs, the bytes it would add are the
# sizes of the values it refers to, which the document already holds: so the check is exact and
# happens before any large string exists. Ten entries ':aN: {aN-1}' repeated ten times stand for
# 10^10 characters; with the budget, the entry that would pass it keeps its references as written.
module Docstack
  # Where a node's text is, for messages.
  module Cursor
    private

    # While the document is parsed (attribute entries), the line the parser is at (an entry is
    # peeked, then shifted); else the block's line, or the enclosing block's for inline text.
    def docstack_cursor
      return @reader.cursor if (::Asciidoctor::Document === self) && !parsed? && @reader
      node = self
      while node
        return node.source_location if (node.respond_to? :source_location) && node.source_location
        node = (node.respond_to? :parent) ? node.parent : nil
      end
      nil
    end
  end

  module AttributeBudget
    include Cursor

    OPTION = :docstack_max_attribute_bytes
    SPENT = :@docstack_attribute_bytes

    def sub_attributes text, opts = {}
      return super unless text.include? '{'
      root = @document
      root = root.parent_document while root.parent_document
      return super unless (limit = root.options[OPTION])
      spent = (root.instance_variable_get SPENT) || 0
      # Past the budget already: reported once, and the references stay as written.
      return text if spent > limit
      attributes = @document.attributes
      added = 0
      text.scan ::Asciidoctor::AttributeReferenceRx do
        next if $1 || $3 || $4
        value = attributes[$2.downcase]
        added += value.bytesize if ::String === value
      end
      root.instance_variable_set SPENT, spent + added
      return super if spent + added <= limit
      logger.error message_with_context %(attribute references add more than maxAttributeBytes (#{limit}) bytes to the page; they are left as written from here on), source_location: docstack_cursor
      text
    end
  end

  # ConfinedAssets reads a file Asciidoctor asks for (an inline SVG) only when its real path, links
  # followed, is inside the real page folder. Asciidoctor's jail (SERVER safe mode) keeps the path
  # inside the page folder by name only: a symbolic link there to /etc/passwd would be read. A page
  # of a git ref or a bundle lives in memory, so nothing on disk is its own.
  module ConfinedAssets
    include Cursor

    def read_asset path, opts = {}
      return super if docstack_confined? path
      base = @document.base_dir
      shown = (path.start_with? %(#{base}/)) ? (path.slice base.length + 1, path.length) : (::File.basename path)
      logger.warn message_with_context %(file outside the docs folder not read: #{shown}), source_location: docstack_cursor
      nil
    end

    private

    def docstack_confined? path
      return true unless ::File.exist? path # Asciidoctor reports it missing
      real = ::File.realpath path
      base = ::File.realpath @document.base_dir
      real == base || (real.start_with? %(#{base}/))
    rescue ::SystemCallError
      false
    end
  end
end

::Asciidoctor::AbstractNode.prepend ::Docstack::AttributeBudget
::Asciidoctor::AbstractNode.prepend ::Docstack::ConfinedAssets
