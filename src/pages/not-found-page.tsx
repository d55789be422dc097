import { Link } from '../lib/router';
import { ROUTES } from '../domain/routes';

export function NotFoundPage() {
  return (
    <div className="space-y-3 py-10 text-center">
      <h2 className="text-xl font-semibold">Nothing at this address</h2>
      <Link to={ROUTES.home} className="text-violet-700 underline dark:text-violet-300">
        Go to the start page
      </Link>
    </div>
  );
}
