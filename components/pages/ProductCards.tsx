import type { Product } from "@/lib/content";
import { Picture } from "../Picture";

/** Product records as cards: picture, name, what it does, and a link to the product. */
export function ProductCards({ products, headingLevel }: { products: Product[]; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="cards">
      {products.map((product) => (
        <li key={product.link} className="card">
          {product.image && <Picture src={product.image.src} alt={product.image.alt} layout="card" />}
          <Heading>
            <a href={product.link}>{product.title}</a>
          </Heading>
          {product.description && <p>{product.description}</p>}
        </li>
      ))}
    </ul>
  );
}
